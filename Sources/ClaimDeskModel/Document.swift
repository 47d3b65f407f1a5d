import ClaimDeskText
/// An ingested document: its provenance and its normalised text, which never changes after ingest.
public struct Document: Sendable, Codable, Hashable {
    /// Database id; nil before insertion.
    public var id: Int64?
    /// SHA-256 of the original bytes (for a URL, of the payload received), lower-case hex.
    public var sha256: String
    /// Where the bytes came from: a file path, `-` for standard input, or a URL.
    public var origin: String
    /// The article's canonical URL, when known.
    public var url: String?
    /// Title.
    public var title: String?
    /// Language of the text.
    public var lang: Language
    /// Publication date, ISO 8601 (`2026-03-09`).
    public var published: String?
    /// Publisher.
    public var publisher: String?
    /// Author.
    public var author: String?
    /// Size of the original bytes.
    public var size: Int
    /// When it was ingested, ISO 8601 UTC (`2026-03-09T10:00:00Z`).
    public var ingestedAt: String
    /// The ClaimDesk version that ingested it.
    public var toolVersion: String
    /// The normalised text (NFC, LF line endings, BOM removed). Every offset refers to it.
    public var text: String
    /// The earlier version of the same URL's document, when this one replaced it.
    public var previousVersionId: Int64?
    /// The capture the text was fetched in, for documents ingested from a URL.
    public var captureId: Int64?
    /// SHA-256 of the stored ``text`` (UTF-8), lower-case hex; nil for documents stored before ledger format 2.
    public var textSha256: String?
    /// The file name stem in `Claims/` and `Reports/` (and the ClaimReview URL), fixed at ingest; nil for documents
    /// stored before ledger format 2, whose slug is computed (``DocumentSlug``).
    public var slug: String?

    /// Creates a document.
    public init(
        id: Int64? = nil,
        sha256: String,
        origin: String,
        url: String? = nil,
        title: String? = nil,
        lang: Language,
        published: String? = nil,
        publisher: String? = nil,
        author: String? = nil,
        size: Int,
        ingestedAt: String,
        toolVersion: String,
        text: String,
        previousVersionId: Int64? = nil,
        captureId: Int64? = nil,
        textSha256: String? = nil,
        slug: String? = nil
    ) {
        self.id = id
        self.sha256 = sha256
        self.origin = origin
        self.url = url
        self.title = title
        self.lang = lang
        self.published = published
        self.publisher = publisher
        self.author = author
        self.size = size
        self.ingestedAt = ingestedAt
        self.toolVersion = toolVersion
        self.text = text
        self.previousVersionId = previousVersionId
        self.captureId = captureId
        self.textSha256 = textSha256
        self.slug = slug
    }
}
