import ClaimDeskModel
import ClaimDeskText
/// Something that fetches one URL and reports what happened.
///
/// ``CurlFetcher`` is the real implementation; tests pass a fake where the network is not the point.
/// A fetch never throws: every failure (DNS, refused, timeout, too large, TLS, redirect limit, bad scheme)
/// is a classified ``FetchFailure`` inside the ``FetchResult``, and an HTTP error status (404, 500) is a result.
public protocol Fetcher: Sendable {
    /// Fetches `request.url`, following redirects within the request's limits.
    func fetch(_ request: FetchRequest) async -> FetchResult
}
