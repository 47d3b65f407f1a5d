import ClaimDeskFetch

/// How commands that fetch URLs fetch: how many at once, how long each may take, how large a body may be.
public struct FetchSettings: Sendable, Hashable {
    /// How many fetches run at once.
    public var concurrency: Int
    /// Seconds allowed per URL, redirects included.
    public var timeout: Double
    /// Largest body accepted, in bytes (decoded).
    public var maxBytes: Int

    /// Creates settings; the defaults suit news pages.
    public init(concurrency: Int = 16, timeout: Double = 30, maxBytes: Int = 20 * 1024 * 1024) {
        self.concurrency = concurrency
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    /// The fetch limits these settings describe.
    var limits: FetchLimits {
        FetchLimits(connectTimeout: min(10, timeout), totalTimeout: timeout, maxBytes: maxBytes)
    }
}
