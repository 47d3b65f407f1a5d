public import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// Restates a claim. The original text and the occurrences stay; the change is recorded.
    ///
    /// - Throws: ``StoreError``: `.notFound` for an unknown claim, `.refused` for empty or unchanged text.
    @discardableResult
    public func editClaim(
        _ claimId: Int64,
        text: String,
        note: String?,
        context: ReviewContext
    ) async throws(StoreError)
        -> Claim
    {
        guard let text = text.trimmingWhitespace().nilIfEmpty else {
            throw StoreError(.refused, "the new text is empty; give the restated claim with --text")
        }
        return try await write { db in
            var claim = try activeClaim(claimId, in: db)
            guard claim.text != text else {
                throw StoreError(
                    .refused,
                    "\(PublicID.format(claimId, as: .claim)) already reads that way; nothing changed"
                )
            }
            let previous = claim.text
            claim.text = text
            try claim.update(db)
            _ = try append(
                [
                    Event(
                        claimId: claimId,
                        documentId: claim.documentId,
                        at: context.now,
                        actor: context.actor,
                        action: .edit,
                        field: "text",
                        fromValue: previous,
                        toValue: text,
                        note: note?.trimmingWhitespace().nilIfEmpty
                    )
                ],
                in: db
            )
            return claim
        }
    }

    /// Adds a claim the extractor missed, anchored by an exact quote from the document.
    ///
    /// The quote must occur exactly once in the document's stored text.
    ///
    /// - Parameters:
    ///   - documentId: the document.
    ///   - quote: text copied from the document.
    ///   - analysis: the claim's values as the extractor reads the quote (type, numbers, dates, speaker, …).
    ///   - note: why it was added.
    ///   - context: who and when.
    /// - Throws: ``StoreError``: `.notFound` for an unknown document; `.refused` when the quote is absent or ambiguous
    ///   (the message lists the candidate positions).
    public func addClaim(
        documentId: Int64,
        quote: String,
        analysis: ExtractedClaim?,
        note: String?,
        context: ReviewContext
    ) async throws(StoreError) -> ClaimDetail {
        let document = try await document(id: documentId)
        let docId = PublicID.format(documentId, as: .document)
        let span: TextSpan
        do {
            span = try QuoteAnchor.anchor(DocumentDecoder.normalize(quote.trimmingWhitespace()), in: document.text)
        } catch {
            switch error {
            case .empty:
                throw StoreError(
                    .refused,
                    "the quote is empty; copy the claim's text from the document",
                    subject: docId,
                    reason: .quote(error)
                )
            case .absent:
                throw StoreError(
                    .refused,
                    "the quote does not occur in \(docId); copy it exactly from `claimdesk docs show \(docId)`",
                    subject: docId,
                    reason: .quote(error)
                )
            case .ambiguous(let starts, let length):
                let list = starts.prefix(10).map { "\($0)..<\($0 + length)" }.joined(separator: ", ")
                throw StoreError(
                    .refused,
                    "the quote occurs \(starts.count) times in \(docId) (at \(list)); quote a longer passage so that it is unique",
                    subject: docId,
                    reason: .quote(error)
                )
            }
        }
        let text = span.exact
        let claimId = try await write { db -> Int64 in
            var claim = Claim(
                documentId: documentId,
                text: text,
                type: analysis?.type ?? .other,
                score: analysis?.score ?? 1,
                hedged: analysis?.hedged ?? false,
                speaker: analysis?.speaker,
                speakerKind: analysis?.speakerKind,
                hedge: analysis?.hedge,
                numbers: analysis?.numbers ?? [],
                dates: analysis?.dates ?? [],
                signals: analysis?.signals ?? [],
                fingerprint: analysis?.fingerprint ?? text.lowercased(),
                method: "manual",
                createdAt: context.now
            )
            try claim.insert(db)
            guard let claimId = claim.id else { throw StoreError(.database, "claim insert returned no id") }
            var occurrence = Occurrence(claimId: claimId, documentId: documentId, span: span)
            try occurrence.insert(db)
            let record = HistoryRecord.claim(claim, occurrences: [occurrence], links: [])
            try insertKeys(for: claim, in: db)
            _ = try append(
                [
                    Event(
                        claimId: claimId,
                        documentId: documentId,
                        at: context.now,
                        actor: context.actor,
                        action: .add,
                        toValue: text,
                        note: note?.trimmingWhitespace().nilIfEmpty,
                        evidence: "\(docId) \(span.start)..<\(span.end)",
                        record: record
                    )
                ],
                in: db
            )
            return claimId
        }
        return try await claimDetail(id: claimId)
    }

    /// Merges claim `absorbed` into claim `kept`: occurrences, sources and links move to `kept`; `absorbed` stays,
    /// marked as merged, with its history.
    ///
    /// - Throws: ``StoreError``: `.notFound` for an unknown claim, `.refused` for merging a claim into itself or a
    ///   claim already merged.
    public func mergeClaims(kept: Int64, absorbed: Int64, note: String?, context: ReviewContext) async throws(StoreError) {
        do throws(ClaimMerge.Refusal) {
            try ClaimMerge.check(kept: kept, absorbed: absorbed)
        } catch {
            throw StoreError(.refused, "cannot merge a claim into itself", subject: PublicID.format(kept, as: .claim))
        }
        try await write { db in
            let keeper = try activeClaim(kept, in: db)
            var merged = try activeClaim(absorbed, in: db)
            let occurrenceCount = try Occurrence.filter(Column("claimId") == absorbed).fetchCount(db)
            let sourceCount = try Source.filter(Column("claimId") == absorbed).fetchCount(db)
            try db.execute(sql: "UPDATE occurrence SET claimId = ? WHERE claimId = ?", arguments: [kept, absorbed])
            try db.execute(sql: "UPDATE source SET claimId = ? WHERE claimId = ?", arguments: [kept, absorbed])
            try db.execute(sql: "UPDATE claimLink SET claimId = ? WHERE claimId = ?", arguments: [kept, absorbed])
            try db.execute(
                sql: "UPDATE claimLink SET linkedClaimId = ? WHERE linkedClaimId = ?",
                arguments: [kept, absorbed]
            )
            try db.execute(sql: "DELETE FROM claimLink WHERE claimId = linkedClaimId")
            try db.execute(sql: "UPDATE claimKey SET claimId = ? WHERE claimId = ?", arguments: [kept, absorbed])
            merged.mergedIntoId = kept
            try merged.update(db)
            let events = ClaimMerge.events(
                kept: keeper,
                absorbed: merged,
                movedOccurrences: occurrenceCount,
                movedSources: sourceCount,
                note: note?.trimmingWhitespace().nilIfEmpty,
                context: context
            )
            _ = try append(events, in: db)
        }
    }

    /// Stores captures (one transaction), each with a `capture` event.
    ///
    /// - Returns: the captures with their ids.
    public func recordCaptures(_ captures: [Capture], actor: String) async throws(StoreError) -> [Capture] {
        try await write { db in try captures.map { try recordCapture($0, actor: actor, in: db) } }
    }

    /// Stores one capture with its `capture` event, inside the current transaction.
    func recordCapture(_ capture: Capture, actor: String, in db: Database) throws -> Capture {
        var capture = capture
        try capture.insert(db)
        let source = try capture.sourceId.flatMap { try Source.fetchOne(db, key: $0) }
        let outcome = capture.error ?? capture.httpStatus.map { "HTTP \($0)" } ?? "no response"
        let event = Event(
            claimId: source?.claimId,
            sourceId: capture.sourceId,
            at: capture.fetchedAt,
            actor: actor,
            action: .capture,
            field: "capture",
            toValue: outcome,
            evidence: [capture.sha256.map { "sha256 " + $0 }, capture.excerptFound.map { "excerpt " + $0.rawValue }]
                .compactMap { $0 }.joined(separator: ", ").nilIfEmpty,
            record: HistoryRecord.capture(capture)
        )
        _ = try append([event], in: db)
        return capture
    }

    /// The latest capture of each of `sourceIds` that has one, in one query.
    public func latestCaptures(sourceIds: [Int64]) async throws(StoreError) -> [Int64: Capture] {
        guard !sourceIds.isEmpty else { return [:] }
        return try await read { db in
            let captures = try Capture.fetchAll(
                db,
                sql: """
                    SELECT * FROM capture WHERE id IN (
                        SELECT MAX(id) FROM capture WHERE sourceId IN (\(databaseQuestionMarks(count: sourceIds.count)))
                        GROUP BY sourceId)
                    """,
                arguments: StatementArguments(sourceIds)
            )
            return Dictionary(captures.compactMap { capture in capture.sourceId.map { ($0, capture) } }) { a, _ in a }
        }
    }

    /// Captures of a source, oldest first.
    public func captures(sourceId: Int64) async throws(StoreError) -> [Capture] {
        try await read { db in try Capture.filter(Column("sourceId") == sourceId).order(Column("id")).fetchAll(db) }
    }

    /// One capture by id.
    ///
    /// - Throws: ``StoreError`` `.notFound` for an unknown id.
    public func capture(id: Int64) async throws(StoreError) -> Capture {
        let found = try await read { db in try Capture.fetchOne(db, key: id) }
        guard let found else {
            throw .notFound(
                "capture \(PublicID.format(id, as: .capture))",
                hint: "`claimdesk source captures SOURCE` lists a source's captures"
            )
        }
        return found
    }
}
