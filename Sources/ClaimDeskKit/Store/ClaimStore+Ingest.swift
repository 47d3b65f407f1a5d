import Foundation
import GRDB

/// What to store for one ingested document: the document and the claims extracted from its text.
public struct IngestRequest: Sendable {
    /// The document, fully described, without an id.
    public var document: Document
    /// The claims the extractor found in `document.text`.
    public var claims: [ExtractedClaim]
    /// Who ingests.
    public var actor: String

    /// Creates a request.
    public init(document: Document, claims: [ExtractedClaim], actor: String) {
        self.document = document
        self.claims = claims
        self.actor = actor
    }
}

/// What ingest did with one document.
public struct IngestOutcome: Sendable {
    /// The stored document (the existing one when the same bytes were ingested before).
    public var document: Document
    /// Whether the document is new.
    public var isNew: Bool
    /// How many claims the document has.
    public var claimCount: Int
    /// Links made to claims of other documents.
    public var links: [ClaimLink]
}

extension ClaimStore {
    /// Stores a document and its claims in one transaction, or reports the existing document with the same bytes.
    ///
    /// Each claim gets one occurrence per place it occurs and an `extract` event; the document gets an `ingest`
    /// event. A claim that matches a claim of another document is linked to it (``ClaimMatcher``).
    ///
    /// - Throws: ``StoreError`` when the database fails; nothing is written then.
    public func ingest(_ request: IngestRequest) throws(StoreError) -> IngestOutcome {
        try write { db in try ingestOne(request, in: db) }
    }

    /// Stores several documents in one transaction, each in its own savepoint: a document that fails is rolled
    /// back alone and reported, the others are stored. One commit for many documents is what makes bulk ingest
    /// fast (each commit rewrites the index pages it touched).
    ///
    /// - Returns: one result per request, in order.
    /// - Throws: ``StoreError`` when the transaction itself fails (a locked database); nothing is written then.
    public func ingest(_ requests: [IngestRequest]) throws(StoreError) -> [Result<IngestOutcome, StoreError>] {
        try write { db in
            requests.map { request in
                do {
                    var outcome: IngestOutcome?
                    try db.inSavepoint {
                        outcome = try ingestOne(request, in: db)
                        return .commit
                    }
                    guard let outcome else { return .failure(StoreError(.database, "ingest returned no result")) }
                    return .success(outcome)
                } catch let error as StoreError {
                    return .failure(error)
                } catch {
                    return .failure(Self.wrap(error))
                }
            }
        }
    }

    func ingestOne(_ request: IngestRequest, in db: Database) throws -> IngestOutcome {
        if let existing = try Document.filter(Column("sha256") == request.document.sha256).fetchOne(db) {
            let count = try Claim.filter(Column("documentId") == existing.id).fetchCount(db)
            return IngestOutcome(document: existing, isNew: false, claimCount: count, links: [])
        }
        var document = request.document
        try document.insert(db)
        guard let documentId = document.id else { throw StoreError(.database, "document insert returned no id") }
        let at = document.ingestedAt
        var events = [
            Event(
                documentId: documentId,
                at: at,
                actor: request.actor,
                action: "ingest",
                toValue: document.sha256,
                evidence: document.origin
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
            links += try linkToOtherDocuments(claim, in: db, decoder: decoder)
            try insertKeys(for: claim, in: db)
            events.append(
                Event(
                    claimId: claimId,
                    documentId: documentId,
                    at: at,
                    actor: request.actor,
                    action: "extract",
                    toValue: claim.text,
                    evidence: "extractor \(document.toolVersion), score \(Self.format(claim.score))"
                )
            )
        }
        _ = try append(events, in: db)
        return IngestOutcome(document: document, isNew: true, claimCount: request.claims.count, links: links)
    }

    /// Keys that find candidate matches in other documents: fingerprint, normalised numbers and dates.
    static func keys(for claim: Claim) -> Set<String> {
        var keys: Set<String> = ["f:" + claim.fingerprint]
        for number in claim.numbers { keys.insert("n:\(Self.format(number.value))") }
        for date in claim.dates { keys.insert("d:" + date.value) }
        return keys
    }

    func insertKeys(for claim: Claim, in db: Database) throws {
        guard let claimId = claim.id else { return }
        for key in Self.keys(for: claim) {
            try db.cachedStatement(sql: "INSERT INTO claimKey(claimId, key) VALUES (?, ?)").execute(arguments: [
                claimId, key,
            ])
        }
    }

    /// How many links one new claim gets at most: the best matches; the others are reachable through them.
    static let maximumLinks = 3

    /// Links `claim` to the claims of other documents that ``ClaimMatcher`` says state the same thing.
    ///
    /// Candidates share the fingerprint (the earliest such claims, which are the canonical ones) or at least two
    /// keys (numbers, dates) with the claim, or its only key. Each key looks at a bounded number of claims, so the
    /// cost per claim stays flat as the workspace grows; the best ``maximumLinks`` matches are kept.
    func linkToOtherDocuments(_ claim: Claim, in db: Database, decoder: JSONDecoder) throws -> [ClaimLink] {
        guard let claimId = claim.id else { return [] }
        let keys = Self.keys(for: claim)
        var shared: [Int64: Int] = [:]
        for key in keys {
            let isFingerprint = key.hasPrefix("f:")
            let ids = try Int64.fetchAll(
                db,
                sql: isFingerprint
                    ? "SELECT claimId FROM claimKey WHERE key = ? ORDER BY rowid LIMIT 8"
                    : "SELECT claimId FROM claimKey WHERE key = ? ORDER BY rowid DESC LIMIT 200",
                arguments: [key]
            )
            for id in ids { shared[id, default: 0] += isFingerprint ? keys.count : 1 }
        }
        let needed = min(2, keys.count)
        let candidateIds = shared.filter { $0.value >= needed }
            .sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
            .prefix(24)
            .map(\.key)
        guard !candidateIds.isEmpty else { return [] }
        let candidates = try candidateClaims(
            candidateIds,
            excludingDocument: claim.documentId,
            decoder: decoder,
            in: db
        )
        let matches = candidates.compactMap { candidate -> (Int64, ClaimMatch)? in
            guard let id = candidate.id, let match = ClaimMatcher.match(claim, candidate) else { return nil }
            return (id, match)
        }
        .sorted { ($0.1.score, -$0.0) > ($1.1.score, -$1.0) }
        .prefix(Self.maximumLinks)
        var links: [ClaimLink] = []
        for (candidateId, match) in matches {
            var link = ClaimLink(claimId: claimId, linkedClaimId: candidateId, reason: match.reason, score: match.score)
            try link.insert(db)
            links.append(link)
        }
        return links
    }

    /// The claims with `ids` outside one document, with only what ``ClaimMatcher`` reads decoded.
    func candidateClaims(
        _ ids: [Int64],
        excludingDocument documentId: Int64,
        decoder: JSONDecoder,
        in db: Database
    )
        throws -> [Claim]
    {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, documentId, text, type, score, hedged, speaker, numbers, dates, fingerprint, createdAt
                FROM claim WHERE id IN (\(databaseQuestionMarks(count: ids.count))) AND documentId <> ? AND +mergedIntoId IS NULL
                """,
            arguments: StatementArguments(ids + [documentId])
        )
        return try rows.map { row in
            let numbers: String = row["numbers"]
            let dates: String = row["dates"]
            return Claim(
                id: row["id"],
                documentId: row["documentId"],
                text: row["text"],
                type: ClaimType(rawValue: row["type"]) ?? .other,
                score: row["score"],
                hedged: row["hedged"],
                speaker: row["speaker"],
                numbers: try decoder.decode([NumberValue].self, from: Data(numbers.utf8)),
                dates: try decoder.decode([DateValue].self, from: Data(dates.utf8)),
                signals: [],
                fingerprint: row["fingerprint"],
                createdAt: row["createdAt"]
            )
        }
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
