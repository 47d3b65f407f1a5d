public import ClaimDeskModel
import ClaimDeskText
/// The public JSON shape of a document, as `docs list --json` and `docs show --json` print it.
///
/// These key names are a public contract: fields may be added, never renamed.
public struct DocumentJSON: Sendable, Codable, Hashable {
    public var id: String
    public var sha256: String
    public var origin: String
    public var url: String?
    public var title: String?
    public var lang: Language
    public var published: String?
    public var publisher: String?
    public var author: String?
    public var size: Int
    public var ingestedAt: String
    public var toolVersion: String
    public var previousVersion: String?
    public var claims: Int
    public var text: String?
    /// SHA-256 of the stored text (ledger format 2); `sha256` is of the bytes received.
    public var textSha256: String?
    /// The file name stem in `Claims/` and `Reports/`, fixed at ingest.
    public var slug: String?

    enum CodingKeys: String, CodingKey {
        case id, sha256, origin, url, title, lang, published, publisher, author, size, claims, text
        case ingestedAt = "ingested_at"
        case toolVersion = "tool_version"
        case previousVersion = "previous_version"
        case textSha256 = "text_sha256"
        case slug
    }

    /// The JSON shape of `document`; `includeText` adds the stored text (listings leave it out).
    public init(_ document: Document, claims: Int, includeText: Bool) {
        id = PublicID.format(optional: document.id, as: .document) ?? ""
        sha256 = document.sha256
        origin = document.origin
        url = document.url
        title = document.title
        lang = document.lang
        published = document.published
        publisher = document.publisher
        author = document.author
        size = document.size
        ingestedAt = document.ingestedAt
        toolVersion = document.toolVersion
        previousVersion = PublicID.format(optional: document.previousVersionId, as: .document)
        self.claims = claims
        text = includeText ? document.text : nil
        textSha256 = document.textSha256
        slug = document.slug
    }
}
