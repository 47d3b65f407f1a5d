import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite("CurlFetcher against the loopback server")
struct CurlFetcherTests {
    let fetcher = CurlFetcher()

    func fetch(_ path: String, limits: FetchLimits = FetchLimits(totalTimeout: 5, allowPrivateNetwork: true)) async throws -> FetchResult {
        await fetcher.fetch(FetchRequest(url: try TestSite.url(path), limits: limits))
    }

    @Test func utf8PageIsFetchedWithHeadersAndHash() async throws {
        // Given a UTF-8 HTML page
        // When it is fetched
        let result = try await fetch("/utf8")
        // Then the status, type, charset, body and its SHA-256 are reported
        #expect(result.failure == nil)
        #expect(result.status == 200)
        #expect(result.contentType == "text/html")
        #expect(result.charset == "utf-8")
        #expect(result.body == Array(TestSite.utf8HTML.utf8))
        #expect(result.payloadSHA256 == Hashing.sha256Hex(Array(TestSite.utf8HTML.utf8)))
        #expect(result.redirectChain == [try TestSite.url("/utf8")])
        #expect(result.timings.total > 0)
        let head = String(decoding: try #require(result.hops.first).requestHead, as: UTF8.self)
        #expect(head.hasPrefix("GET /utf8 HTTP/1.1\r\n"))
        #expect(head.contains("User-Agent: ClaimDesk/0.1 (+fact-checking; source archiver)\r\n"))
    }

    @Test func latin1PageKeepsItsDeclaredCharset() async throws {
        // Given a page served as ISO-8859-1
        let result = try await fetch("/latin1")
        // Then the raw bytes and the charset are kept
        #expect(result.status == 200)
        #expect(result.charset == "iso-8859-1")
        #expect(result.body == TestSite.latin1Body)
    }

    @Test func threeHopRedirectRecordsEveryHop() async throws {
        // Given a chain of three redirects (relative and absolute Location headers)
        let result = try await fetch("/redirect/3")
        // Then every hop is recorded and the final page is fetched
        #expect(result.failure == nil)
        #expect(result.hops.map(\.status) == [301, 302, 302, 200])
        #expect(
            result.redirectChain == [
                try TestSite.url("/redirect/3"), try TestSite.url("/redirect/2"), try TestSite.url("/redirect/1"),
                try TestSite.url("/utf8"),
            ]
        )
        #expect(result.finalURL == (try TestSite.url("/utf8")))
    }

    @Test func redirectLimitStopsLongChains() async throws {
        // Given a limit of two redirects and a chain of three
        let limits = FetchLimits(totalTimeout: 5, maxRedirects: 2, allowPrivateNetwork: true)
        let result = try await fetch("/redirect/3", limits: limits)
        // Then the fetch ends as redirect_limit
        #expect(result.failure?.kind == .redirectLimit)
        #expect(result.status == nil)
    }

    @Test func redirectLoopEndsAsRedirectLimit() async throws {
        let result = try await fetch("/loop/a")
        #expect(result.failure?.kind == .redirectLimit)
        #expect(result.hops.count == 2)
    }

    @Test(arguments: [("/missing", 404), ("/gone", 410), ("/error", 500)])
    func httpErrorsAreResultsNotFailures(path: String, status: Int) async throws {
        // Given a page answering with an HTTP error status
        let result = try await fetch(path)
        // Then that is a result, not a failure
        #expect(result.failure == nil)
        #expect(result.status == status)
    }

    @Test func slowEndpointTimesOut() async throws {
        // Given a server that answers after 3 s and a total timeout of 1 s
        let result = try await fetch("/slow", limits: FetchLimits(totalTimeout: 1, allowPrivateNetwork: true))
        // Then the fetch ends as a timeout, after about the timeout by curl's own clock
        #expect(result.failure?.kind == .timeout)
        #expect(result.failure?.detail.contains("timed out") == true)
        #expect(result.timings.total > 0.5 && result.timings.total < 2.5)
    }

    @Test(arguments: ["/big", "/big-unannounced"])
    func bodyOverTheLimitIsTooLarge(path: String) async throws {
        // Given a 300 kB body (announced or not) and a 100 kB limit
        let result = try await fetch(path, limits: FetchLimits(totalTimeout: 5, maxBytes: 100_000, allowPrivateNetwork: true))
        // Then the fetch ends as too_large and keeps no more than the limit
        #expect(result.failure?.kind == .tooLarge)
        #expect(result.body.count <= 100_000)
    }

    @Test func gzipBodyIsDecoded() async throws {
        // Given a gzip-encoded body
        let result = try await fetch("/gzip")
        // Then the decoded text is the body, and its hash is the decoded text's
        #expect(result.failure == nil)
        #expect(String(decoding: result.body, as: UTF8.self) == TestSite.gzipText)
        #expect(result.payloadSHA256 == Hashing.sha256Hex(Array(TestSite.gzipText.utf8)))
        let head = String(decoding: try #require(result.hops.first).requestHead, as: UTF8.self)
        #expect(head.contains("Accept-Encoding: "))
    }

    @Test func compressedBombStopsAtTheLimit() async throws {
        // Given 20 MB of zeros gzip-compressed to a few kB, and a 1 MB limit
        let result = try await fetch("/bomb", limits: FetchLimits(totalTimeout: 5, maxBytes: 1_000_000, allowPrivateNetwork: true))
        // Then the fetch ends as too_large
        #expect(result.failure?.kind == .tooLarge)
    }

    @Test func redirectToFileSchemeIsRefused() async throws {
        let result = try await fetch("/to-file")
        #expect(result.failure?.kind == .badScheme)
        #expect(result.body.isEmpty)
    }

    @Test func nonHTTPSchemeIsRefusedUpFront() async {
        let result = await fetcher.fetch(FetchRequest(url: "file:///etc/passwd"))
        #expect(result.failure?.kind == .badScheme)
        #expect(result.hops.isEmpty)
    }

    @Test func slowTrickleIsCutByTheLowSpeedLimit() async throws {
        // Given a body trickling at 4 bytes per second, a low-speed floor of 100 B/s over 1 s and a 10 s budget
        let limits = FetchLimits(totalTimeout: 10, lowSpeedBytesPerSecond: 100, lowSpeedSeconds: 1, allowPrivateNetwork: true)
        let result = try await fetch("/trickle", limits: limits)
        // Then the low-speed limit ends it as a timeout well before the total timeout (by curl's own clock)
        #expect(result.failure?.kind == .timeout)
        #expect(result.failure?.detail.contains("too slow") == true)
        #expect(result.timings.total > 0.5 && result.timings.total < 5)
    }

    @Test func refusedConnectionIsClassified() async throws {
        // Given a loopback port nothing listens on (port 1 needs root to bind)
        let result = await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:1/", limits: FetchLimits(totalTimeout: 5, allowPrivateNetwork: true)))
        #expect(result.failure?.kind == .refused)
    }

    @Test func tlsHandshakeFailureIsClassified() async throws {
        // Given https:// to the loopback server, which speaks plain HTTP
        let url = try TestSite.url("/utf8").replacingOccurrences(of: "http://", with: "https://")
        let result = await fetcher.fetch(FetchRequest(url: url, limits: FetchLimits(totalTimeout: 5, allowPrivateNetwork: true)))
        // Then the handshake fails as tls
        #expect(result.failure?.kind == .tls)
    }

    @Test func poolReturnsResultsInRequestOrder() async throws {
        // Given several URLs fetched by three workers
        let paths = ["/utf8", "/missing", "/error", "/latin1", "/gzip", "/redirect/1"]
        let requests = try paths.map { FetchRequest(url: try TestSite.url($0), limits: FetchLimits(allowPrivateNetwork: true)) }
        // When they are fetched concurrently
        let results = await FetchPool.fetchAll(requests, concurrency: 3) { CurlFetcher() }
        // Then each result belongs to its request
        #expect(results.map(\.requestedURL) == requests.map(\.url))
        #expect(results.map(\.status) == [200, 404, 500, 200, 200, 200])
    }
}
