import ClaimDeskText
/// What the user says about a document at ingest; anything nil is detected or left unknown.
public struct DocumentMetadata: Sendable, Hashable {
    /// Language; detected when nil.
    public var lang: Language?
    /// Title.
    public var title: String?
    /// Canonical URL.
    public var url: String?
    /// Publication date, `YYYY-MM-DD`; read from a dateline when nil.
    public var published: String?
    /// Publisher.
    public var publisher: String?
    /// Author.
    public var author: String?

    /// Creates metadata.
    public init(
        lang: Language? = nil,
        title: String? = nil,
        url: String? = nil,
        published: String? = nil,
        publisher: String? = nil,
        author: String? = nil
    ) {
        self.lang = lang
        self.title = title
        self.url = url
        self.published = published
        self.publisher = publisher
        self.author = author
    }
}
