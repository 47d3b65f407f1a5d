import ClaimDeskText
/// One fetch of a source or article URL: what the server answered, and where the archive holds it.
public struct Capture: Sendable, Codable, Hashable {
    /// Database id; nil before insertion.
    public var id: Int64?
    /// The source fetched, when it was a source.
    public var sourceId: Int64?
    /// The URL requested.
    public var requestedUrl: String
    /// When the fetch started, ISO 8601 UTC.
    public var fetchedAt: String
    /// Final HTTP status, nil when no response arrived.
    public var httpStatus: Int?
    /// Every URL visited, in order, the requested one first.
    public var redirects: [String]
    /// The URL the last response came from.
    public var finalUrl: String?
    /// Content type without parameters.
    public var contentType: String?
    /// Charset from the header or the document.
    public var charset: String?
    /// Size of the (decoded) payload in bytes.
    public var size: Int?
    /// SHA-256 of the payload, lower-case hex.
    public var sha256: String?
    /// Total time in seconds.
    public var seconds: Double?
    /// What went wrong (`timeout`, `dns`, `refused`, `too_large`, `tls`, `redirect_limit`, …), nil on success.
    public var error: String?
    /// Human-readable detail of the error.
    public var errorDetail: String?
    /// WARC file, relative to the workspace archive folder.
    public var warcFile: String?
    /// Byte offset of the response record in the WARC file.
    public var warcOffset: Int?
    /// Whether the source's excerpt is on the page: `exact`, `normalized`, `fuzzy` or `absent`; nil without an excerpt.
    public var excerptFound: ExcerptMatch.Kind?
    /// Match score for a fuzzy match, 0…1.
    public var excerptScore: Double?

    /// Creates a capture.
    public init(
        id: Int64? = nil,
        sourceId: Int64? = nil,
        requestedUrl: String,
        fetchedAt: String,
        httpStatus: Int? = nil,
        redirects: [String] = [],
        finalUrl: String? = nil,
        contentType: String? = nil,
        charset: String? = nil,
        size: Int? = nil,
        sha256: String? = nil,
        seconds: Double? = nil,
        error: String? = nil,
        errorDetail: String? = nil,
        warcFile: String? = nil,
        warcOffset: Int? = nil,
        excerptFound: ExcerptMatch.Kind? = nil,
        excerptScore: Double? = nil
    ) {
        self.id = id
        self.sourceId = sourceId
        self.requestedUrl = requestedUrl
        self.fetchedAt = fetchedAt
        self.httpStatus = httpStatus
        self.redirects = redirects
        self.finalUrl = finalUrl
        self.contentType = contentType
        self.charset = charset
        self.size = size
        self.sha256 = sha256
        self.seconds = seconds
        self.error = error
        self.errorDetail = errorDetail
        self.warcFile = warcFile
        self.warcOffset = warcOffset
        self.excerptFound = excerptFound
        self.excerptScore = excerptScore
    }
}
