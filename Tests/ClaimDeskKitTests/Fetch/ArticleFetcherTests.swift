import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// `ingest URL`'s fetcher over loopback: the article is kept, a home page refused unless the whole page is asked
/// for, and `page-text` reads files and URLs alike.
@Suite("ArticleFetcher")
struct ArticleFetcherTests {
    static let home = """
        <html><head><title>The Daily Example</title></head><body><nav><a href="/">Home</a></nav>
        <main>\(ArticlePages.teasers)</main></body></html>
        """

    static let server: LoopbackServer? = try? LoopbackServer { path, _ in
        let body = path == "/home" ? home : ArticlePages.page()
        return .respond(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(body.utf8))
    }

    private func url(_ path: String) throws -> String {
        try #require(Self.server).url(path)
    }

    private func fetcher() -> (ArticleFetcher, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-article-\(UUID())")
        return (ArticleFetcher(archiveDirectory: directory, limits: FetchLimits(totalTimeout: 5, allowPrivateNetwork: true)), directory)
    }

    @Test func anArticleIsFetchedWithoutItsFurniture() async throws {
        let (fetcher, directory) = fetcher()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = try await fetcher.fetch(try url("/story"))
        #expect(article.text == ArticlePages.expected)
        #expect(article.metadata.title == "Council approves the tram budget")
        #expect(article.capture.warcFile != nil)
    }

    @Test func aHomePageIsRefusedUnlessTheWholePageIsAsked() async throws {
        // Given a home page
        let (fetcher, directory) = fetcher()
        defer { try? FileManager.default.removeItem(at: directory) }
        let home = try url("/home")
        // When it is fetched for ingest, it is refused with a reason and the way round it
        do throws(ArticleFetchError) {
            _ = try await fetcher.fetch(home)
            Issue.record("a home page was taken for an article")
        } catch {
            #expect(error.description.contains("holds no article"))
            #expect(error.description.contains("--whole-page"))
            #expect(error.capture?.httpStatus == 200)
        }
        // And with the whole page, all of its text is kept
        let whole = try await fetcher.fetch(home, wholePage: true)
        #expect(whole.text.contains("Story number 6 is the headline of a teaser"))
    }

    @Test func readTakesFilesAndURLsAndStoresNothing() async throws {
        let (fetcher, directory) = fetcher()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-page-\(UUID()).html")
        try Data(ArticlePages.page().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try await fetcher.read(file.path)
        let fromURL = try await fetcher.read(try url("/story"))
        #expect(fromFile.article?.text == ArticlePages.expected)
        #expect(fromURL.article?.text == ArticlePages.expected)
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }
}
