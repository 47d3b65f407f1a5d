import ClaimDeskFetch

/// How commands that fetch URLs fetch: how many at once, how long each may take, how large a body may be.
public struct FetchSettings: Sendable, Hashable {
    /// How many fetches run at once.
    public var concurrency: Int
    /// Seconds allowed per URL, redirects included.
    public var timeout: Double
    /// Largest body accepted, in bytes (decoded).
    public var maxBytes: Int
    /// Whether loopback, private and link-local addresses may be fetched (off by default; ``AddressPolicy``).
    public var allowPrivateNetwork: Bool
    /// For `ingest URL`: keep all of a page's visible text, not only its article (`--whole-page`).
    public var wholePage = false
    /// Fixed host-name resolutions (`HOST:PORT:ADDRESS`) instead of DNS, for tests.
    var resolve: [String] = []

    /// Creates settings; the defaults suit news pages and refuse non-public addresses.
    public init(
        concurrency: Int = 16,
        timeout: Double = 30,
        maxBytes: Int = 20 * 1024 * 1024,
        allowPrivateNetwork: Bool = false
    ) {
        self.concurrency = concurrency
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.allowPrivateNetwork = allowPrivateNetwork
    }

    /// Whether `CLAIMDESK_ALLOW_PRIVATE_NETWORK` in `environment` turns the private-network policy off.
    public static func allowsPrivateNetwork(environment: [String: String]) -> Bool {
        ["1", "true", "yes"].contains(environment["CLAIMDESK_ALLOW_PRIVATE_NETWORK"]?.lowercased() ?? "")
    }

    /// The fetch limits these settings describe.
    var limits: FetchLimits {
        FetchLimits(
            connectTimeout: min(10, timeout),
            totalTimeout: timeout,
            maxBytes: maxBytes,
            allowPrivateNetwork: allowPrivateNetwork,
            resolve: resolve
        )
    }
}
