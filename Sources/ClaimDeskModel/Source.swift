import ClaimDeskText
/// A piece of evidence attached to a claim: a URL with a stance and, ideally, the excerpt that matters.
public struct Source: Sendable, Codable, Hashable {
    /// Database id; nil before insertion.
    public var id: Int64?
    /// The claim.
    public var claimId: Int64
    /// The URL as the reviewer gave it.
    public var url: String
    /// The URL normalised (lower-case scheme and host, no fragment, no tracking parameters).
    public var normalizedUrl: String
    /// How it bears on the claim.
    public var stance: Stance
    /// The passage that supports or refutes.
    public var excerpt: String?
    /// Title.
    public var title: String?
    /// Publisher.
    public var publisher: String?
    /// Reviewer's note.
    public var note: String?
    /// When it was added, ISO 8601 UTC.
    public var addedAt: String
    /// Who added it.
    public var addedBy: String
    /// Whether a reviewer removed it (removal is recorded, never deleted).
    public var removed: Bool

    /// Creates a source.
    public init(
        id: Int64? = nil,
        claimId: Int64,
        url: String,
        normalizedUrl: String,
        stance: Stance,
        excerpt: String? = nil,
        title: String? = nil,
        publisher: String? = nil,
        note: String? = nil,
        addedAt: String,
        addedBy: String,
        removed: Bool = false
    ) {
        self.id = id
        self.claimId = claimId
        self.url = url
        self.normalizedUrl = normalizedUrl
        self.stance = stance
        self.excerpt = excerpt
        self.title = title
        self.publisher = publisher
        self.note = note
        self.addedAt = addedAt
        self.addedBy = addedBy
        self.removed = removed
    }
}
