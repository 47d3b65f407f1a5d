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
    ) throws(StoreError)
        -> Claim
    {
        guard let text = text.trimmingWhitespace().nilIfEmpty else {
            throw StoreError(.refused, "the new text is empty; give the restated claim with --text")
        }
        return try write { db in
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
                        action: "edit",
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
    ) throws(StoreError) -> ClaimDetail {
        let document = try document(id: documentId)
        let needle = Array(DocumentDecoder.normalize(quote.trimmingWhitespace()).unicodeScalars)
        guard !needle.isEmpty else {
            throw StoreError(.refused, "the quote is empty; copy the claim's text from the document")
        }
        let scalars = Array(document.text.unicodeScalars)
        let positions = Self.positions(of: needle, in: scalars)
        let docId = PublicID.format(documentId, as: .document)
        if positions.isEmpty {
            throw StoreError(
                .refused,
                "the quote does not occur in \(docId); copy it exactly from `claimdesk docs show \(docId)`"
            )
        }
        if positions.count > 1 {
            let list = positions.prefix(10).map { "\($0)..<\($0 + needle.count)" }.joined(separator: ", ")
            throw StoreError(
                .refused,
                "the quote occurs \(positions.count) times in \(docId) (at \(list)); quote a longer passage so that it is unique"
            )
        }
        let span = TextSpan(in: scalars, start: positions[0], end: positions[0] + needle.count)
        let text = span.exact
        let claimId = try write { db -> Int64 in
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
            try insertKeys(for: claim, in: db)
            _ = try append(
                [
                    Event(
                        claimId: claimId,
                        documentId: documentId,
                        at: context.now,
                        actor: context.actor,
                        action: "add",
                        toValue: text,
                        note: note?.trimmingWhitespace().nilIfEmpty,
                        evidence: "\(docId) \(span.start)..<\(span.end)"
                    )
                ],
                in: db
            )
            return claimId
        }
        return try claimDetail(id: claimId)
    }

    /// Merges claim `absorbed` into claim `kept`: occurrences, sources and links move to `kept`; `absorbed` stays,
    /// marked as merged, with its history.
    ///
    /// - Throws: ``StoreError``: `.notFound` for an unknown claim, `.refused` for merging a claim into itself or a
    ///   claim already merged.
    public func mergeClaims(kept: Int64, absorbed: Int64, note: String?, context: ReviewContext) throws(StoreError) {
        guard kept != absorbed else { throw StoreError(.refused, "cannot merge a claim into itself") }
        try write { db in
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
            let keptId = PublicID.format(kept, as: .claim)
            let absorbedId = PublicID.format(absorbed, as: .claim)
            let cleanNote = note?.trimmingWhitespace().nilIfEmpty
            _ = try append(
                [
                    Event(
                        claimId: kept,
                        documentId: keeper.documentId,
                        at: context.now,
                        actor: context.actor,
                        action: "merge",
                        field: "occurrences",
                        fromValue: absorbedId,
                        toValue: keptId,
                        note: cleanNote,
                        evidence: "\(occurrenceCount) occurrences and \(sourceCount) sources moved from \(absorbedId) "
                            + "(status \(merged.status.rawValue))"
                    ),
                    Event(
                        claimId: absorbed,
                        documentId: merged.documentId,
                        at: context.now,
                        actor: context.actor,
                        action: "merged_into",
                        field: "mergedIntoId",
                        toValue: keptId,
                        note: cleanNote
                    ),
                ],
                in: db
            )
        }
    }

    /// Stores captures (one transaction), each with a `capture` event.
    ///
    /// - Returns: the captures with their ids.
    public func recordCaptures(_ captures: [Capture], actor: String) throws(StoreError) -> [Capture] {
        try write { db in
            var stored: [Capture] = []
            var events: [Event] = []
            for var capture in captures {
                try capture.insert(db)
                stored.append(capture)
                let source = try capture.sourceId.flatMap { try Source.fetchOne(db, key: $0) }
                let outcome = capture.error ?? capture.httpStatus.map { "HTTP \($0)" } ?? "no response"
                events.append(
                    Event(
                        claimId: source?.claimId,
                        sourceId: capture.sourceId,
                        at: capture.fetchedAt,
                        actor: actor,
                        action: "capture",
                        field: "capture",
                        toValue: outcome,
                        evidence: [capture.sha256.map { "sha256 " + $0 }, capture.excerptFound.map { "excerpt " + $0 }]
                            .compactMap { $0 }.joined(separator: ", ").nilIfEmpty
                    )
                )
            }
            _ = try append(events, in: db)
            return stored
        }
    }

    /// Captures of a source, oldest first.
    public func captures(sourceId: Int64) throws(StoreError) -> [Capture] {
        try read { db in try Capture.filter(Column("sourceId") == sourceId).order(Column("id")).fetchAll(db) }
    }

    /// Start offsets of every occurrence of `needle` in `haystack`.
    static func positions(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        let first = needle[0]
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                found.append(index)
            }
            index += 1
        }
        return found
    }
}
