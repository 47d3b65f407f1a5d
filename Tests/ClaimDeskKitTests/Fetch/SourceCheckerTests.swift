import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite("SourceChecker and LinkRot")
struct SourceCheckerTests {
    static func source(_ id: Int64, _ url: String, excerpt: String? = nil) -> Source {
        Source(
            id: id,
            claimId: 1,
            url: url,
            normalizedUrl: url,
            stance: .supports,
            excerpt: excerpt,
            addedAt: "2026-03-09T10:00:00Z",
            addedBy: "test"
        )
    }

    static func archive() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-check-\(UUID().uuidString)")
    }

    @Test func sourcesAreFetchedArchivedAndExcerptsMatched() async throws {
        // Given sources on the loopback server: an exact excerpt, a folded one, a wrong one, a 404 and a timeout
        let sources = [
            Self.source(1, try TestSite.url("/utf8"), excerpt: "la première baisse depuis deux ans"),
            Self.source(2, try TestSite.url("/redirect/1"), excerpt: "LE TAUX DE CHOMAGE a recule a 7,3 %"),
            Self.source(3, try TestSite.url("/latin1"), excerpt: "Café à Lyon: professeur"),
            Self.source(4, try TestSite.url("/missing")),
            Self.source(5, try TestSite.url("/slow"), excerpt: "too late"),
        ]
        let directory = Self.archive()
        defer { try? FileManager.default.removeItem(at: directory) }
        let checker = SourceChecker(archiveDirectory: directory, limits: FetchLimits(totalTimeout: 1, allowPrivateNetwork: true), concurrency: 4)
        // When they are checked
        let checks = try await checker.check(sources)
        // Then each gets the capture its page deserves
        #expect(checks.map(\.source.id) == [1, 2, 3, 4, 5])
        let captures = checks.map(\.capture)
        #expect(captures.map(\.excerptFound) == [.exact, .normalized, .absent, nil, .absent])
        #expect(captures.map(\.httpStatus) == [200, 200, 200, 404, nil])
        #expect(captures[1].redirects == [try TestSite.url("/redirect/1"), try TestSite.url("/utf8")])
        #expect(captures[2].charset == "iso-8859-1")
        #expect(captures[4].error == "timeout")
        #expect(captures[0].sha256 == Hashing.sha256Hex(Array(TestSite.utf8HTML.utf8)))
        // And every answered fetch points into one WARC file; the timed-out one does not
        let files = Set(captures.compactMap(\.warcFile))
        #expect(files.count == 1)
        #expect(captures.prefix(4).allSatisfy { $0.warcOffset != nil })
        #expect(captures[4].warcFile == nil)
        let file = try #require(files.first)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path))
    }

    @Test func sourcesSharingAURLAreFetchedOnce() async throws {
        // Given two sources with the same URL and a fake fetcher that counts calls
        let counter = FakeFetcher(pages: ["https://example.org/a": "<p>Un texte.</p>"])
        let checker = SourceChecker(archiveDirectory: Self.archive(), concurrency: 2) { counter }
        let sources = [Self.source(1, "https://example.org/a"), Self.source(2, "https://example.org/a")]
        // When they are checked
        let checks = try await checker.check(sources)
        // Then both get a capture from one fetch
        #expect(checks.count == 2)
        #expect(checks.allSatisfy { $0.capture.httpStatus == 200 })
        #expect(await counter.calls == 1)
        try? FileManager.default.removeItem(at: checker.archiveDirectory)
    }

    @Test func sourcesSharingAURLKeepTheirOwnExcerptMatch() async throws {
        // Given two sources on one page, one excerpt there and one not
        let fake = FakeFetcher(pages: ["https://example.org/a": "<p>Le chômage a reculé de 0,2 point.</p>"])
        let checker = SourceChecker(archiveDirectory: Self.archive()) { fake }
        defer { try? FileManager.default.removeItem(at: checker.archiveDirectory) }
        let sources = [
            Self.source(1, "https://example.org/a", excerpt: "Le chômage a reculé"),
            Self.source(2, "https://example.org/a", excerpt: "Le chômage a augmenté"),
        ]
        // When they are checked
        let checks = try await checker.check(sources)
        // Then each capture carries its own source's match
        #expect(checks.map(\.capture.excerptFound) == [.exact, .absent])
        #expect(checks.map(\.capture.sourceId) == [1, 2])
    }

    @Test func anUnwritableArchiveIsAnError() async throws {
        // Given an archive "folder" that is a regular file
        let file = Self.archive()
        try Data("not a folder".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fake = FakeFetcher(pages: ["https://example.org/a": "<p>x</p>"])
        let checker = SourceChecker(archiveDirectory: file) { fake }
        // When a source is checked, then the archive failure is reported, not swallowed
        await #expect(throws: WARCError.self) {
            _ = try await checker.check([Self.source(1, "https://example.org/a")])
        }
    }

    @Test func linkRotIsReportedAgainstThePreviousCapture() async throws {
        // Given a previous capture of a page that was fine, with its excerpt found
        let previous = Capture(
            sourceId: 1,
            requestedUrl: "https://example.org/a",
            fetchedAt: "2026-03-01T00:00:00Z",
            httpStatus: 200,
            finalUrl: "https://www.example.org/a",
            sha256: "aaaa",
            excerptFound: .exact
        )
        // When the page now answers 404, from another host, without the excerpt
        let current = Capture(
            sourceId: 1,
            requestedUrl: "https://example.org/a",
            fetchedAt: "2026-03-09T00:00:00Z",
            httpStatus: 404,
            finalUrl: "https://archive.example.net/a",
            sha256: "bbbb",
            excerptFound: .absent
        )
        let signals = LinkRot.compare(previous: previous, current: current)
        // Then it is gone, moved and lost its excerpt (a 404 body's hash change is not reported as a change)
        #expect(signals.map(\.kind) == [.gone, .moved, .excerptLost])
        #expect(signals[0].detail == "200 → 404")
    }

    @Test func changedContentAndErrorsAreRot() async {
        let previous = Capture(requestedUrl: "https://example.org/a", fetchedAt: "t0", httpStatus: 200, sha256: "aaaa")
        let changed = Capture(requestedUrl: "https://example.org/a", fetchedAt: "t1", httpStatus: 200, sha256: "bbbb")
        let failed = Capture(requestedUrl: "https://example.org/a", fetchedAt: "t2", error: "dns")
        #expect(LinkRot.compare(previous: previous, current: changed).map(\.kind) == [.changed])
        #expect(LinkRot.compare(previous: previous, current: failed).map(\.description) == ["gone (200 → dns)"])
        #expect(LinkRot.compare(previous: nil, current: failed).isEmpty)
        #expect(LinkRot.compare(previous: previous, current: previous).isEmpty)
        // www. is not a move
        let www = Capture(requestedUrl: "x", fetchedAt: "t", httpStatus: 200, finalUrl: "https://www.example.org/b")
        let bare = Capture(requestedUrl: "x", fetchedAt: "t", httpStatus: 200, finalUrl: "https://example.org/c")
        #expect(LinkRot.compare(previous: www, current: bare).isEmpty)
        #expect(LinkRot.history([previous, changed, failed]).map(\.count) == [0, 1, 1])
    }

    @Test func articleFetcherExtractsArchivesAndRecords() async throws {
        // Given an article behind a redirect
        let directory = Self.archive()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fetcher = ArticleFetcher(archiveDirectory: directory, limits: FetchLimits(totalTimeout: 5, allowPrivateNetwork: true))
        // When it is fetched for ingest
        let article = try await fetcher.fetch(try TestSite.url("/redirect/1"))
        // Then its article text (the headline is metadata, not text), metadata and an archived capture come back
        #expect(article.text.hasPrefix("Le taux de chômage"))
        #expect(!article.text.contains("Chômage en baisse"))
        #expect(article.metadata.title == "Chômage en baisse")
        #expect(article.metadata.author == "Camille Martin")
        #expect(article.capture.httpStatus == 200)
        #expect(article.capture.finalUrl == (try TestSite.url("/utf8")))
        #expect(article.capture.warcFile != nil)
    }

    @Test func articleFetcherRefusesErrorPages() async throws {
        let fetcher = ArticleFetcher(archiveDirectory: Self.archive(), limits: FetchLimits(totalTimeout: 5, allowPrivateNetwork: true))
        let url = try TestSite.url("/missing")
        do throws(ArticleFetchError) {
            _ = try await fetcher.fetch(url)
            Issue.record("a 404 page was ingested")
        } catch {
            #expect(error.description.contains("404"))
            #expect(error.capture?.httpStatus == 404)
        }
    }
}

/// A fetcher serving fixed HTML pages without a network, counting its calls.
actor FakeFetcher: Fetcher {
    let pages: [String: String]
    private(set) var calls = 0

    init(pages: [String: String]) {
        self.pages = pages
    }

    func fetch(_ request: FetchRequest) async -> FetchResult {
        calls += 1
        guard let page = pages[request.url] else {
            return FetchResult(
                requestedURL: request.url,
                startedAt: Date(),
                failure: FetchFailure(.dns, "unknown host")
            )
        }
        let hop = FetchHop(
            url: request.url,
            status: 200,
            requestHead: Array("GET / HTTP/1.1\r\n\r\n".utf8),
            responseHeaders: [HTTPHeader(name: "Content-Type", value: "text/html; charset=utf-8")]
        )
        return FetchResult(requestedURL: request.url, startedAt: Date(), hops: [hop], body: Array(page.utf8))
    }
}
