import ClaimDeskModel
import ClaimDeskService
import ClaimDeskWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// `/captures/:id`: the archived page read back from its WARC record, and "Check sources now".
@Suite struct CaptureRouteTests {
    static let excerpt = "Unemployment fell to 5% in 2025"

    /// Adds a source with ``excerpt`` at `url` to the first claim and checks it through the service.
    static func capture(_ fixture: WebFixture, url: String) async throws -> (claim: Int64, capture: Capture) {
        let claim = try #require(try await fixture.claims().first?.claim.id)
        _ = try await fixture.service.addSource(
            SourceDraft(claimId: claim, url: url, stance: .supports, excerpt: excerpt),
            allowPrivateNetwork: true
        )
        let checks = try await fixture.service.checkSources(
            claimIds: [claim],
            settings: FetchSettings(allowPrivateNetwork: true)
        )
        return (claim, try #require(checks.first?.capture))
    }

    @Test func theArchivedTextIsShownEscapedWithTheExcerptMarked() async throws {
        let fixture = try await WebFixture.make()
        try await SourceSite.with { base in
            let (claim, capture) = try await Self.capture(fixture, url: "\(base)/stats")
            let id = "k\(try #require(capture.id))"
            #expect(capture.warcFile != nil, "the fetch archived the page")
            try await fixture.withSession { session in
                let page = try await session.get("/captures/\(id)")
                #expect(page.status == .ok)
                let html = page.text
                #expect(html.contains("Archived capture \(id)"))
                #expect(
                    html.contains("<mark id=\"excerpt\">\(Self.excerpt)</mark>"),
                    "the emoji before the excerpt takes one scalar: the mark is not shifted"
                )
                #expect(html.contains("😀 &lt;script&gt;alert(&quot;archived&quot;)&lt;/script&gt;"))
                #expect(!html.contains("alert(\"archived\")"), "the archived page's text is escaped")
                #expect(!html.contains("alert(\"head\")"), "the page's scripts are not text")
                #expect(html.contains("href=\"\(base)/stats\" rel=\"noopener noreferrer\""))
                #expect(html.contains("HTTP 200"))
                #expect(html.contains("matches the capture"))
                #expect(html.contains("exact"))
                #expect(html.contains("href=\"/claims/c\(claim)\""))
                let panel = try await session.get("/claims/c\(claim)")
                #expect(panel.text.contains("href=\"/captures/\(id)\""), "the latest capture links to its copy")
            }
        }
    }

    @Test func unknownAndMalformedCaptureIds() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            let unknown = try await session.get("/captures/k999")
            #expect(unknown.status == .notFound)
            let malformed = try await session.get("/captures/%3Cb%3E")
            #expect(malformed.status == .badRequest)
            #expect(!malformed.text.contains("<b>"))
        }
    }

    @Test func aCutArchiveIsAnErrorPageNotAGuess() async throws {
        let fixture = try await WebFixture.make()
        try await SourceSite.with { base in
            let (_, capture) = try await Self.capture(fixture, url: "\(base)/stats")
            let file = try #require(capture.warcFile)
            let path = URL(fileURLWithPath: fixture.service.workspace.archiveDirectory).appendingPathComponent(file)
            let bytes = try Data(contentsOf: path)
            try bytes.prefix(bytes.count / 2).write(to: path)
            try await fixture.withSession { session in
                let page = try await session.get("/captures/k\(try #require(capture.id))")
                #expect(page.status == .internalServerError)
                #expect(page.text.contains("id=\"archive-error\""))
                #expect(page.text.contains("cannot be read"))
                #expect(!page.text.contains("<mark"))
            }
        }
    }

    @Test func checkSourcesNowFetchesWithTheServersPolicy() async throws {
        let fixture = try await WebFixture.make()
        try await SourceSite.with { base in
            let claim = try #require(try await fixture.claims().first?.claim.id)
            _ = try await fixture.service.addSource(
                SourceDraft(claimId: claim, url: "\(base)/stats", stance: .supports, excerpt: Self.excerpt),
                allowPrivateNetwork: true
            )
            try await fixture.withSession { session in
                let panel = try await session.get("/claims/c\(claim)")
                #expect(panel.text.contains("action=\"/claims/c\(claim)/check\""))
                let noToken = try await session.post("/claims/c\(claim)/check", [], csrf: false)
                #expect(noToken.status == .forbidden)
                let refused = try await session.post("/claims/c\(claim)/check", [])
                #expect(refused.status == .seeOther)
                let after = try await session.get(try #require(refused.headers[.location]))
                #expect(after.text.contains("could not be fetched"), "loopback is refused by default, as in the CLI")
            }
            var allowing = fixture
            allowing.configuration.fetchSettings = FetchSettings(allowPrivateNetwork: true)
            try await allowing.withSession { session in
                let checked = try await session.post("/claims/c\(claim)/check", [])
                let after = try await session.get(try #require(checked.headers[.location]))
                #expect(after.text.contains("Checked 1 source of c\(claim); each shows its new capture."))
                #expect(after.text.contains("HTTP 200, excerpt exact"))
            }
            let captures = try await fixture.service.claimDetail(id: claim).sources.first?.captures ?? []
            #expect(captures.count == 2)
            #expect(captures.last?.warcFile != nil)
        }
    }
}
