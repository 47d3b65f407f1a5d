public import ClaimDeskModel
import ClaimDeskFetch

/// Fetching without a workspace: a dry run of `source check` that records and archives nothing.
public enum FetchTools {
    /// Fetches `urls` concurrently and returns one capture record each, in order.
    public static func fetch(_ urls: [String], settings: FetchSettings = FetchSettings()) async -> [Capture] {
        let limits = settings.limits
        return await FetchPool.map(
            urls.map { FetchRequest(url: $0, limits: limits) },
            concurrency: settings.concurrency,
            makeFetcher: { CurlFetcher() },
            transform: { Capture($1) }
        )
    }
}
