/// The rule behind every status change: no verdict without the evidence it needs.
///
/// - `verified` needs at least one active `supports` source.
/// - `false` and `disputed` need an active `refutes` source or a note.
/// - `dismissed`, `misleading` and `unverifiable` need a note.
/// - `unverified` and `in_review` need nothing.
///
/// An override (`force`) lets a missing requirement pass, but only with a note, and the change is recorded as an
/// override. The store runs this rule inside the transaction that changes the status; the CLI and the web UI word
/// its refusals for their medium.
public enum Guardrail {
    /// What a status needs.
    public enum Requirement: String, Sendable, Hashable, CaseIterable {
        /// An active source with stance `supports`.
        case supportingSource = "supporting_source"
        /// An active source with stance `refutes`, or a note.
        case refutingSourceOrNote = "refuting_source_or_note"
        /// A note saying why.
        case note
    }

    /// Why a status change is refused.
    public enum Refusal: Error, Sendable, Hashable {
        /// `status` needs `requirement`, which is missing (and no override was asked for).
        case missing(Requirement, status: ClaimStatus)
        /// An override was asked for without a note.
        case overrideNeedsNote
    }

    /// What an accepted change records.
    public struct Decision: Sendable, Hashable {
        /// The sources cited as the change's evidence.
        public var evidence: [Source]
        /// Whether a missing requirement was overridden.
        public var isOverride: Bool
    }

    /// What `status` needs, or nil when it needs nothing.
    public static func requirement(for status: ClaimStatus) -> Requirement? {
        switch status {
        case .verified: .supportingSource
        case .false, .disputed: .refutingSourceOrNote
        case .dismissed, .misleading, .unverifiable: .note
        case .unverified, .inReview: nil
        }
    }

    /// Decides whether a claim may take `status`.
    ///
    /// - Parameters:
    ///   - status: the new status.
    ///   - sources: the claim's active sources.
    ///   - note: the reviewer's note, trimmed (nil when empty).
    ///   - force: whether the reviewer asks to override a missing requirement.
    /// - Returns: the evidence to record and whether it is an override.
    /// - Throws: ``Refusal`` when a requirement is missing without an override, or an override has no note.
    public static func decide(
        to status: ClaimStatus,
        sources: [Source],
        note: String?,
        force: Bool
    ) throws(Refusal) -> Decision {
        let active = sources.filter { !$0.removed }
        let supporting = active.filter { $0.stance == .supports }
        let refuting = active.filter { $0.stance == .refutes }
        var evidence: [Source] = []
        var missing: Requirement?
        switch requirement(for: status) {
        case .supportingSource:
            evidence = supporting
            if supporting.isEmpty { missing = .supportingSource }
        case .refutingSourceOrNote:
            evidence = refuting
            if refuting.isEmpty, note == nil { missing = .refutingSourceOrNote }
        case .note:
            evidence = active
            if note == nil { missing = .note }
        case nil:
            break
        }
        if let missing, !force { throw .missing(missing, status: status) }
        if force, note == nil { throw .overrideNeedsNote }
        return Decision(evidence: evidence, isOverride: missing != nil)
    }
}
