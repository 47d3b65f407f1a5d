/// The rule for merging a duplicate claim into the claim that is kept, and the history it leaves.
///
/// The kept claim gains the absorbed claim's occurrences, sources and links (the store moves the rows); the
/// absorbed claim stays, marked as merged, with its history, so nothing is deleted. Both claims must be active
/// (not merged already) and different.
public enum ClaimMerge {
    /// Why a merge is refused.
    public enum Refusal: Error, Sendable, Hashable {
        /// A claim cannot be merged into itself.
        case sameClaim
    }

    /// Checks that `absorbed` may be merged into `kept`.
    public static func check(kept: Int64, absorbed: Int64) throws(Refusal) {
        if kept == absorbed { throw .sameClaim }
    }

    /// The two events a merge records: `merge` on the kept claim, `merged_into` on the absorbed one.
    public static func events(
        kept: Claim,
        absorbed: Claim,
        movedOccurrences: Int,
        movedSources: Int,
        note: String?,
        context: ReviewContext
    ) -> [Event] {
        let keptId = PublicID.format(optional: kept.id, as: .claim) ?? "?"
        let absorbedId = PublicID.format(optional: absorbed.id, as: .claim) ?? "?"
        return [
            Event(
                claimId: kept.id,
                documentId: kept.documentId,
                at: context.now,
                actor: context.actor,
                action: .merge,
                field: "occurrences",
                fromValue: absorbedId,
                toValue: keptId,
                note: note,
                evidence: "\(movedOccurrences) occurrences and \(movedSources) sources moved from \(absorbedId) "
                    + "(status \(absorbed.status.rawValue))"
            ),
            Event(
                claimId: absorbed.id,
                documentId: absorbed.documentId,
                at: context.now,
                actor: context.actor,
                action: .mergedInto,
                field: "mergedIntoId",
                toValue: keptId,
                note: note
            ),
        ]
    }
}
