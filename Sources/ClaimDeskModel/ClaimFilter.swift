import ClaimDeskText
/// Which claims a listing shows.
public struct ClaimFilter: Sendable, Hashable {
    /// Only claims of this document (first found there, or occurring there).
    public var documentId: Int64?
    /// Only claims with this status.
    public var status: ClaimStatus?
    /// Only claims of this type.
    public var type: ClaimType?
    /// Include claims merged into others.
    public var includeMerged: Bool

    /// Creates a filter; the default shows every claim that was not merged away.
    public init(
        documentId: Int64? = nil,
        status: ClaimStatus? = nil,
        type: ClaimType? = nil,
        includeMerged: Bool = false
    ) {
        self.documentId = documentId
        self.status = status
        self.type = type
        self.includeMerged = includeMerged
    }
}
