import ClaimDeskModel
import ClaimDeskText
/// One URL to fetch and the limits that bound what fetching it may cost.
public struct FetchRequest: Sendable, Hashable {
    /// The URL to fetch (http or https).
    public var url: String
    /// Time, memory and redirect bounds.
    public var limits: FetchLimits
    /// The User-Agent header sent with every request.
    public var userAgent: String

    /// The User-Agent ClaimDesk sends unless told otherwise.
    public static let defaultUserAgent = "ClaimDesk/0.1 (+fact-checking; source archiver)"

    /// Creates a request.
    public init(url: String, limits: FetchLimits = FetchLimits(), userAgent: String = FetchRequest.defaultUserAgent) {
        self.url = url
        self.limits = limits
        self.userAgent = userAgent
    }
}

/// Bounds on one fetch, so a hostile or broken server costs bounded time and memory.
public struct FetchLimits: Sendable, Hashable {
    /// Seconds allowed to establish each connection.
    public var connectTimeout: Double
    /// Seconds allowed for the whole fetch, redirects included.
    public var totalTimeout: Double
    /// Largest decoded body accepted, in bytes; a larger one ends as `too_large`.
    public var maxBytes: Int
    /// Most redirects followed; one more ends as `redirect_limit`.
    public var maxRedirects: Int
    /// A transfer slower than this many bytes per second…
    public var lowSpeedBytesPerSecond: Int
    /// …for this many seconds is aborted as a `timeout`.
    public var lowSpeedSeconds: Int
    /// Whether loopback, private, link-local and other non-public addresses may be fetched (``AddressPolicy``);
    /// off by default, so a source or a redirect cannot make ClaimDesk read inside the network.
    public var allowPrivateNetwork: Bool
    /// Non-public addresses that may be fetched even when ``allowPrivateNetwork`` is off (an intranet host,
    /// written as ``AddressPolicy`` formats it: `10.0.0.5`, `fd00:0:0:0:0:0:0:5`).
    public var allowedAddresses: Set<String> = []
    /// Fixed host-name resolutions, `HOST:PORT:ADDRESS` (curl's resolve option), used instead of DNS; for tests
    /// that map a name to a loopback server without real DNS.
    public var resolve: [String]

    /// Creates limits; the defaults suit news pages.
    public init(
        connectTimeout: Double = 10,
        totalTimeout: Double = 30,
        maxBytes: Int = 20 * 1024 * 1024,
        maxRedirects: Int = 10,
        lowSpeedBytesPerSecond: Int = 512,
        lowSpeedSeconds: Int = 10,
        allowPrivateNetwork: Bool = false,
        resolve: [String] = []
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedSeconds = lowSpeedSeconds
        self.allowPrivateNetwork = allowPrivateNetwork
        self.resolve = resolve
    }
}
