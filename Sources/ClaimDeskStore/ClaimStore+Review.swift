public import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// Changes a claim's status, enforcing the guardrails.
    ///
    /// - `verified` needs at least one active `supports` source.
    /// - `false` and `disputed` need an active `refutes` source or a note.
    /// - `dismissed`, `misleading` and `unverifiable` need a note.
    ///
    /// With `force`, a missing requirement is overridden; the override needs a note and is recorded as such.
    ///
    /// - Throws: ``StoreError``: `.notFound` for an unknown claim, `.refused` with what is missing.
    @discardableResult
    public func setStatus(
        of claimId: Int64,
        to status: ClaimStatus,
        note: String?,
        force: Bool = false,
        context: ReviewContext
    ) async throws(StoreError) -> Claim {
        let note = note?.trimmingWhitespace().nilIfEmpty
        return try await write { db in
            var claim = try activeClaim(claimId, in: db)
            let id = PublicID.format(claimId, as: .claim)
            guard claim.status != status else {
                throw StoreError(.refused, "\(id) is already \(status.rawValue); nothing changed", subject: id)
            }
            let sources = try Source.filter(Column("claimId") == claimId && Column("removed") == false)
                .order(Column("id")).fetchAll(db)
            let decision: Guardrail.Decision
            do throws(Guardrail.Refusal) {
                decision = try Guardrail.decide(to: status, sources: sources, note: note, force: force)
            } catch {
                throw StoreError(.refused, Self.wording(error, claim: id), subject: id, reason: .guardrail(error))
            }
            let previous = claim.status
            claim.status = status
            try claim.update(db)
            _ = try append(
                [
                    Event(
                        claimId: claimId,
                        documentId: claim.documentId,
                        at: context.now,
                        actor: context.actor,
                        action: .status,
                        field: "status",
                        fromValue: previous.rawValue,
                        toValue: status.rawValue,
                        note: note,
                        evidence: Self.evidence(decision.evidence),
                        isOverride: decision.isOverride
                    )
                ],
                in: db
            )
            return claim
        }
    }

    /// The command-line wording of a guardrail refusal (the web layer words its own from the ``Guardrail/Refusal``).
    static func wording(_ refusal: Guardrail.Refusal, claim id: String) -> String {
        switch refusal {
        case .missing(.supportingSource, _):
            "marking \(id) verified needs a supporting source: "
                + "`claimdesk source add \(id) URL --stance supports --excerpt \"…\"` (or override with --force --note WHY)"
        case .missing(.refutingSourceOrNote, let status):
            "marking \(id) \(status.rawValue) needs a refuting source "
                + "(`claimdesk source add \(id) URL --stance refutes`) or a --note saying why (or override with --force --note WHY)"
        case .missing(.note, let status):
            "marking \(id) \(status.rawValue) needs a --note saying why (or override with --force --note WHY)"
        case .overrideNeedsNote:
            "--force needs a --note explaining the override"
        }
    }

    /// Attaches a source to a claim.
    ///
    /// - Throws: ``StoreError``: `.notFound` for an unknown claim; `.refused` for a malformed or non-http(s) URL, or a
    ///   URL the claim already cites with the same stance.
    @discardableResult
    public func addSource(_ draft: SourceDraft, context: ReviewContext) async throws(StoreError) -> Source {
        let normalized = try URLNormalizer.normalize(draft.url)
        return try await write { db in
            let claim = try activeClaim(draft.claimId, in: db)
            if let existing = try Source.filter(
                Column("claimId") == draft.claimId && Column("normalizedUrl") == normalized
                    && Column("stance") == draft.stance.rawValue && Column("removed") == false
            ).fetchOne(db) {
                throw StoreError(
                    .refused,
                    "\(PublicID.format(optional: existing.id, as: .source) ?? "a source") already cites \(normalized) "
                        + "as \(draft.stance.rawValue) for \(PublicID.format(draft.claimId, as: .claim))"
                )
            }
            var source = Source(
                claimId: draft.claimId,
                url: draft.url.trimmingWhitespace(),
                normalizedUrl: normalized,
                stance: draft.stance,
                excerpt: draft.excerpt?.trimmingWhitespace().nilIfEmpty,
                title: draft.title?.trimmingWhitespace().nilIfEmpty,
                publisher: draft.publisher?.trimmingWhitespace().nilIfEmpty,
                note: draft.note?.trimmingWhitespace().nilIfEmpty,
                addedAt: context.now,
                addedBy: context.actor
            )
            try source.insert(db)
            _ = try append(
                [
                    Event(
                        claimId: draft.claimId,
                        documentId: claim.documentId,
                        sourceId: source.id,
                        at: context.now,
                        actor: context.actor,
                        action: .sourceAdd,
                        field: "source",
                        toValue: "\(draft.stance.rawValue) \(normalized)",
                        note: source.note,
                        evidence: source.excerpt,
                        record: HistoryRecord.source(source)
                    )
                ],
                in: db
            )
            return source
        }
    }

    /// Removes a source from its claim: the row stays, marked removed, and the removal is recorded.
    ///
    /// - Throws: ``StoreError``: `.notFound` for an unknown source, `.refused` without a note or when already removed.
    @discardableResult
    public func removeSource(_ sourceId: Int64, note: String, context: ReviewContext) async throws(StoreError) -> Source {
        guard let note = note.trimmingWhitespace().nilIfEmpty else {
            throw StoreError(.refused, "removing a source needs a --note saying why")
        }
        return try await write { db in
            guard var source = try Source.fetchOne(db, key: sourceId) else {
                throw StoreError.notFound(
                    "source \(PublicID.format(sourceId, as: .source))",
                    hint: "`claimdesk source list` lists them"
                )
            }
            guard !source.removed else {
                throw StoreError(.refused, "\(PublicID.format(sourceId, as: .source)) was already removed")
            }
            source.removed = true
            try source.update(db)
            let claim = try Claim.fetchOne(db, key: source.claimId)
            _ = try append(
                [
                    Event(
                        claimId: source.claimId,
                        documentId: claim?.documentId,
                        sourceId: sourceId,
                        at: context.now,
                        actor: context.actor,
                        action: .sourceRemove,
                        field: "source",
                        fromValue: "\(source.stance.rawValue) \(source.normalizedUrl)",
                        note: note
                    )
                ],
                in: db
            )
            return source
        }
    }

    /// Active sources (not removed) of the given claims, or of every claim when `claimIds` is nil, by id.
    public func sources(claimIds: [Int64]?) async throws(StoreError) -> [Source] {
        try await read { db in
            var request = Source.filter(Column("removed") == false)
            if let claimIds { request = request.filter(claimIds.contains(Column("claimId"))) }
            return try request.order(Column("id")).fetchAll(db)
        }
    }

    /// The source with `id`, removed or not.
    public func source(id: Int64) async throws(StoreError) -> Source {
        let found = try await read { db in try Source.fetchOne(db, key: id) }
        guard let found else {
            throw .notFound("source \(PublicID.format(id, as: .source))", hint: "`claimdesk source list` lists them")
        }
        return found
    }

    func activeClaim(_ claimId: Int64, in db: Database) throws -> Claim {
        guard let claim = try Claim.fetchOne(db, key: claimId) else {
            throw StoreError.notFound(
                "claim \(PublicID.format(claimId, as: .claim))",
                hint: "`claimdesk claims list` lists them"
            )
        }
        if let target = claim.mergedIntoId {
            throw StoreError(
                .refused,
                "\(PublicID.format(claimId, as: .claim)) was merged into \(PublicID.format(target, as: .claim)); work on that claim"
            )
        }
        return claim
    }

    static func evidence(_ sources: [Source]) -> String? {
        let parts = sources.compactMap { source in
            source.id.map { "\(PublicID.format($0, as: .source)) \(source.normalizedUrl)" }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
