/// What an event records. The raw values are what the history stores and hashes, and what the JSON contract and
/// the ledger show.
public enum EventAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// A document was ingested.
    case ingest
    /// The extractor found a claim.
    case extract
    /// A reviewer changed a claim's status.
    case status
    /// A reviewer restated a claim.
    case edit
    /// A reviewer added a claim the extractor missed.
    case add
    /// Another claim was merged into this one (recorded on the claim that is kept).
    case merge
    /// This claim was merged into another (recorded on the absorbed claim).
    case mergedInto = "merged_into"
    /// A source was attached to a claim.
    case sourceAdd = "source_add"
    /// A source was removed from its claim.
    case sourceRemove = "source_remove"
    /// A page was fetched and archived.
    case capture
}
