import ClaimDeskText
/// What a reviewer says about a new source.
public struct SourceDraft: Sendable, Hashable {
    /// The claim.
    public var claimId: Int64
    /// The URL as given.
    public var url: String
    /// Stance.
    public var stance: Stance
    /// The passage that supports or refutes.
    public var excerpt: String?
    /// Title.
    public var title: String?
    /// Publisher.
    public var publisher: String?
    /// Note.
    public var note: String?

    /// Creates a draft.
    public init(
        claimId: Int64,
        url: String,
        stance: Stance,
        excerpt: String? = nil,
        title: String? = nil,
        publisher: String? = nil,
        note: String? = nil
    ) {
        self.claimId = claimId
        self.url = url
        self.stance = stance
        self.excerpt = excerpt
        self.title = title
        self.publisher = publisher
        self.note = note
    }
}
