import Foundation
import Testing

@testable import ClaimDeskFetch
@testable import ClaimDeskModel
@testable import ClaimDeskService
@testable import ClaimDeskStore

/// The private-network policy: nothing a source, a page or a redirect names can make ClaimDesk read inside the
/// network, unless the user allows it. Only servers the tests start are contacted.
@Suite struct NetworkPolicyTests {
    @Test(arguments: [
        ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"),
        ("172.31.255.255", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"), ("255.255.255.255", "reserved"),
        ("100.64.0.1", "shared (carrier-grade NAT)"), ("::1", "loopback"), ("::", "unspecified"),
        ("fe80::1", "link-local"), ("fc00::1", "private (unique local)"), ("fd12:3456::1", "private (unique local)"),
        ("ff02::1", "multicast"), ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
        ("64:ff9b::a9fe:a9fe", "link-local"), ("localhost", "loopback"), ("api.localhost", "loopback"),
        ("LOCALHOST.", "loopback"), ("0177.0.0.1", "loopback"), ("2130706433", "loopback"),
        ("0x7f000001", "loopback"), ("[::1]", "loopback"),
    ])
    func nonPublicAddressesAreRefused(host: String, reason: String) async {
        #expect(AddressPolicy.blockReason(host: host) == reason)
    }

    @Test(arguments: ["8.8.8.8", "172.32.0.1", "93.184.216.34", "2001:4860:4860::8888", "::ffff:8.8.8.8", "example.org"])
    func publicAddressesAndNamesPass(host: String) async {
        #expect(AddressPolicy.blockReason(host: host) == nil)
    }

    static let server: LoopbackServer? = try? LoopbackServer { path, _ in
        switch path {
        case "/admin": TestSite.html("<p>internal admin page, secret 42</p>")
        case "/hop": TestSite.redirect("http://127.0.0.2:\(server?.port ?? 0)/admin")
        case "/huge-header":
            .respond(status: 200, headers: [("X-Padding", String(repeating: "a", count: 2_000_000))], body: [])
        default: .respond(status: 404, headers: [], body: [])
        }
    }

    static func url(_ path: String, host: String = "127.0.0.1") throws -> String {
        let server = try #require(server)
        return "http://\(host):\(server.port)\(path)"
    }

    @Test(arguments: ["127.0.0.1", "[::1]", "localhost"])
    func aLoopbackURLIsNotFetchedByDefault(host: String) async throws {
        // Given the server's admin page, named by a loopback literal or name
        let url = try Self.url("/admin", host: host)
        // When it is fetched with the default limits
        let result = await CurlFetcher().fetch(FetchRequest(url: url, limits: FetchLimits(totalTimeout: 5)))
        // Then nothing was read: the fetch failed as blocked_address, with no hop and no body
        #expect(result.failure?.kind == .blockedAddress, "\(String(describing: result.failure))")
        #expect(result.hops.isEmpty && result.body.isEmpty)
        #expect(result.failure?.description.contains("--allow-private-network") == true)
    }

    @Test func aNameThatResolvesToLoopbackIsRefusedAtConnect() async throws {
        // Given a public-looking name mapped to the loopback server (curl's resolve option, never real DNS)
        let port = try #require(Self.server).port
        let limits = FetchLimits(totalTimeout: 5, resolve: ["news.example:\(port):127.0.0.1"])
        // When it is fetched
        let result = await CurlFetcher().fetch(FetchRequest(url: "http://news.example:\(port)/admin", limits: limits))
        // Then the resolved address is refused (this is what covers DNS rebinding)
        #expect(result.failure?.kind == .blockedAddress)
        #expect(result.failure?.description.contains("127.0.0.1") == true)
    }

    @Test func aRedirectHopToLoopbackIsRefused() async throws {
        // Given a first hop the user allowed (an intranet address) that redirects to another loopback address
        var limits = FetchLimits(totalTimeout: 5)
        limits.allowedAddresses = ["127.0.0.1"]
        // When it is fetched
        let result = await CurlFetcher().fetch(FetchRequest(url: try Self.url("/hop"), limits: limits))
        // Then the first hop was answered and the second refused before any connection
        #expect(result.hops.count == 1)
        #expect(result.failure?.kind == .blockedAddress)
        #expect(result.failure?.description.contains("127.0.0.2") == true)
    }

    @Test func allowingThePrivateNetworkFetchesIt() async throws {
        let limits = FetchLimits(totalTimeout: 5, allowPrivateNetwork: true)
        let result = await CurlFetcher().fetch(FetchRequest(url: try Self.url("/admin"), limits: limits))
        #expect(result.failure == nil)
        #expect(String(decoding: result.body, as: UTF8.self).contains("secret 42"))
    }

    @Test(arguments: [
        "http://127.0.0.1/admin", "http://[::1]:8080/", "http://10.0.0.8/intranet", "http://169.254.169.254/latest/meta-data/",
        "http://localhost:9200/", "http://0x7f.1/",
    ])
    func sourceAddRefusesPrivateURLs(url: String) async throws {
        // Given a claim
        let service = try ClaimDeskService.inMemory()
        let items = try await service.ingest(
            [.bytes(Array("Le budget a atteint 12 millions d'euros en 2025.".utf8), origin: "a.txt")],
            metadata: DocumentMetadata(lang: .fr)
        )
        _ = try items[0].result.get()
        let claim = try #require(try await service.claims().first?.claim.id)
        // When a private-network URL is added as its source, it is refused with the way out
        let error = await #expect(throws: ClaimDeskError.self) {
            try await service.addSource(SourceDraft(claimId: claim, url: url, stance: .supports))
        }
        #expect(error?.code == .refused)
        #expect(error?.message.contains("--allow-private-network") == true)
        #expect(try await service.sources(claimId: claim, includeRemoved: true).isEmpty)
        // And accepted when the user allows it
        _ = try await service.addSource(
            SourceDraft(claimId: claim, url: url, stance: .supports),
            allowPrivateNetwork: true
        )
    }

    @Test func aSourceCheckOnLoopbackRecordsABlockedCapture() async throws {
        // Given a claim whose source (added with permission) is an internal page
        let service = try ClaimDeskService.inMemory()
        let items = try await service.ingest(
            [.bytes(Array("Le budget a atteint 12 millions d'euros en 2025.".utf8), origin: "a.txt")],
            metadata: DocumentMetadata(lang: .fr)
        )
        _ = try items[0].result.get()
        let claim = try #require(try await service.claims().first?.claim.id)
        _ = try await service.addSource(
            SourceDraft(claimId: claim, url: try Self.url("/admin"), stance: .supports, excerpt: "secret 42"),
            allowPrivateNetwork: true
        )
        // When its sources are checked with the default policy
        let checks = try await service.checkSources(claimIds: [claim], settings: FetchSettings(timeout: 5))
        // Then the capture records the refusal and found no excerpt
        #expect(checks.first?.capture.error == "blocked_address")
        #expect(checks.first?.capture.excerptFound != .exact)
        #expect(checks.first?.capture.httpStatus == nil)
    }

    @Test func aHugeResponseHeaderIsReportedAsTooLarge() async throws {
        let limits = FetchLimits(totalTimeout: 5, allowPrivateNetwork: true)
        let result = await CurlFetcher().fetch(FetchRequest(url: try Self.url("/huge-header"), limits: limits))
        #expect(result.failure?.kind == .tooLarge, "\(String(describing: result.failure))")
        #expect(result.failure?.description.contains("header") == true)
    }
}
