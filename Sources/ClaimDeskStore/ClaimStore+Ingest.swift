public import ClaimDeskModel
import ClaimDeskText
import Foundation
import GRDB
import Synchronization

extension ClaimStore {
    /// Stores a document and its claims in one transaction, or reports the existing document with the same bytes.
    ///
    /// Each claim gets one occurrence per place it occurs and an `extract` event; the document gets an `ingest`
    /// event. A claim that the request's ``ClaimLinker`` matches with a claim of another document is linked to it.
    ///
    /// - Throws: ``StoreError`` when the database fails; nothing is written then.
    public func ingest(_ request: IngestRequest) async throws(StoreError) -> IngestOutcome {
        try await write { db in
            var links = LinkState()
            return try ingestOne(request, links: &links, in: db)
        }
    }

    /// Stores several documents in one transaction, each in its own savepoint: a document that fails is rolled
    /// back alone and reported, the others are stored. One commit for many documents is what makes bulk ingest
    /// fast (each commit rewrites the index pages it touched).
    ///
    /// - Parameters:
    ///   - requests: the documents, in order.
    ///   - cache: the link lookups of earlier batches of the same bulk ingest (it holds what they read and
    ///     stored, and starts again when anything else wrote meanwhile); a new one by default.
    /// - Returns: one result per request, in order.
    /// - Throws: ``StoreError`` when the transaction itself fails (a locked database); nothing is written then.
    public func ingest(
        _ requests: [IngestRequest],
        cache: LinkCache = LinkCache()
    ) async throws(StoreError) -> [Result<IngestOutcome, StoreError>] {
        try await write { db in
            try cache.state.withLock { links in
                try links.begin(in: db)
                let results = requests.map { request -> Result<IngestOutcome, StoreError> in
                    do {
                        var outcome: IngestOutcome?
                        do {
                            try db.inSavepoint {
                                outcome = try ingestOne(request, links: &links, in: db)
                                return .commit
                            }
                        } catch {
                            links.removeAll()
                            throw error
                        }
                        guard let outcome else { return .failure(StoreError(.database, "ingest returned no result")) }
                        return .success(outcome)
                    } catch let error as StoreError {
                        return .failure(error)
                    } catch {
                        return .failure(Self.wrap(error))
                    }
                }
                try links.end(in: db)
                return results
            }
        }
    }

    func ingestOne(_ request: IngestRequest, links cache: inout LinkState, in db: Database) throws -> IngestOutcome {
        var captureId = request.document.captureId
        if let capture = request.capture {
            captureId = try recordCapture(capture, actor: request.actor, in: db).id
        }
        if let existing = try Document.filter(Column("sha256") == request.document.sha256).fetchOne(db) {
            let count = try Claim.filter(Column("documentId") == existing.id).fetchCount(db)
            return IngestOutcome(document: existing, isNew: false, claimCount: count, links: [])
        }
        var document = request.document
        document.captureId = captureId
        document.slug = nil
        try document.insert(db)
        guard let documentId = document.id else { throw StoreError(.database, "document insert returned no id") }
        // The slug is fixed now and never changes: a later document with the same name gets its own.
        let slug = try DocumentSlug.newSlug(for: document) { candidate in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM document WHERE slug = ?)", arguments: [candidate])
                ?? false
        }
        document.slug = slug
        try db.execute(sql: "UPDATE document SET slug = ? WHERE id = ?", arguments: [slug, documentId])
        let at = document.ingestedAt
        var events = [
            Event(
                documentId: documentId,
                at: at,
                actor: request.actor,
                action: .ingest,
                toValue: document.sha256,
                evidence: document.origin,
                record: HistoryRecord.document(document)
            )
        ]
        var links: [ClaimLink] = []
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        for extracted in request.claims {
            var claim = Claim(
                documentId: documentId,
                text: extracted.text,
                type: extracted.type,
                score: extracted.score,
                hedged: extracted.hedged,
                speaker: extracted.speaker,
                speakerKind: extracted.speakerKind,
                hedge: extracted.hedge,
                numbers: extracted.numbers,
                dates: extracted.dates,
                signals: extracted.signals,
                fingerprint: extracted.fingerprint,
                createdAt: at
            )
            try insertRow(&claim, encoder: encoder, in: db)
            guard let claimId = claim.id else { throw StoreError(.database, "claim insert returned no id") }
            for span in extracted.occurrences {
                try insertOccurrenceRow(claimId: claimId, documentId: documentId, span: span, in: db)
            }
            var claimLinks: [ClaimLink] = []
            if let linker = request.linker {
                claimLinks = try linkToOtherDocuments(claim, linker: linker, cache: &cache, in: db, decoder: decoder)
                links += claimLinks
            }
            cache.record(claim, keys: try insertKeys(for: claim, in: db))
            let occurrences = extracted.occurrences.map {
                Occurrence(claimId: claimId, documentId: documentId, span: $0)
            }
            events.append(
                Event(
                    claimId: claimId,
                    documentId: documentId,
                    at: at,
                    actor: request.actor,
                    action: .extract,
                    toValue: claim.text,
                    evidence: "extractor \(document.toolVersion), score \(NumberText.plain(claim.score))",
                    record: HistoryRecord.claim(claim, occurrences: occurrences, links: claimLinks)
                )
            )
        }
        _ = try append(events, in: db)
        return IngestOutcome(document: document, isNew: true, claimCount: request.claims.count, links: links)
    }

    /// Keys that find candidate matches in other documents: fingerprint, normalised numbers and dates.
    static func keys(for claim: Claim) -> Set<String> {
        var keys: Set<String> = ["f:" + claim.fingerprint]
        for number in claim.numbers { keys.insert("n:\(NumberText.plain(number.value))") }
        for date in claim.dates { keys.insert("d:" + date.value) }
        return keys
    }

    /// Stores the ``keys(for:)`` of a stored claim.
    ///
    /// - Returns: the keys.
    @discardableResult
    func insertKeys(for claim: Claim, in db: Database) throws -> Set<String> {
        guard let claimId = claim.id else { return [] }
        let keys = Self.keys(for: claim)
        for key in keys {
            try db.cachedStatement(sql: "INSERT INTO claimKey(claimId, key) VALUES (?, ?)").execute(arguments: [
                claimId, key,
            ])
        }
        return keys
    }

    /// Links `claim` to the claims of other documents that `linker` says state the same thing.
    ///
    /// Candidates share the fingerprint (the earliest such claims, which are the canonical ones) or at least two
    /// keys (numbers, dates) with the claim, or its only key. Each key looks at a bounded number of claims, so the
    /// cost per claim stays flat as the workspace grows; the best ``maximumLinks`` matches are kept.
    func linkToOtherDocuments(
        _ claim: Claim,
        linker: any ClaimLinker,
        cache: inout LinkState,
        in db: Database,
        decoder: JSONDecoder
    ) throws -> [ClaimLink] {
        guard let claimId = claim.id else { return [] }
        let keys = Self.keys(for: claim)
        var shared: [Int64: Int] = [:]
        for key in keys {
            let isFingerprint = key.hasPrefix("f:")
            // The earliest claims with the fingerprint, the newest with a number or date.
            for id in try cache.ids(for: key, isFingerprint: isFingerprint, in: db) {
                shared[id, default: 0] += isFingerprint ? keys.count : 1
            }
        }
        let needed = min(2, keys.count)
        let candidateIds = shared.filter { $0.value >= needed }
            .sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
            .prefix(24)
            .map(\.key)
        guard !candidateIds.isEmpty else { return [] }
        let candidates = try cache.candidates(
            candidateIds,
            excludingDocument: claim.documentId,
            decoder: decoder,
            in: db
        )
        let matches = candidates.compactMap { candidate -> (id: Int64, match: ClaimMatch)? in
            guard let id = candidate.id, let match = linker.match(claim, candidate) else { return nil }
            return (id, match)
        }
        var links: [ClaimLink] = []
        for (candidateId, match) in ClaimMatch.best(matches) {
            var link = ClaimLink(claimId: claimId, linkedClaimId: candidateId, reason: match.reason, score: match.score)
            try link.insert(db)
            links.append(link)
        }
        return links
    }
}
