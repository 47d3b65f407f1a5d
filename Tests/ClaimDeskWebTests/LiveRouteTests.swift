import ClaimDeskModel
import ClaimDeskService
import ClaimDeskWeb
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Live updates: pages carry the history's event count, and `/live` tells them when it moves.
@Suite struct LiveRouteTests {
    @Test func pagesCarryTheEventCountAndTheStreamReportsAChangeByAnotherProcess() async throws {
        // Given a page rendered at the current count
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim.id)
        let before = try await fixture.service.historyCount()
        try await fixture.withSession { session in
            let page = try await session.get("/documents/d\(fixture.documentId)")
            #expect(page.text.contains("<body data-head=\"\(before)\">"))
            #expect(page.text.contains("id=\"article\""))
            #expect(page.text.contains("id=\"document-claims\" data-live"))
            // When another process (the CLI: its own connection to the same database file) changes a status
            let cli = try ClaimDeskService.open(fixture.service.workspace, actor: "cli")
            _ = try await cli.setStatus(of: claim, to: .inReview, note: nil, force: false)
            // Then the stream opened with the page's count says so at once, with the new count, and ends
            let live = try await session.get("/live?since=\(before)")
            #expect(live.status == .ok)
            #expect(live.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(live.text == "retry: 2000\n\nevent: change\ndata: \(before + 1)\n\n")
            let panel = try await session.get("/claims/c\(claim)")
            #expect(panel.text.contains("<body data-head=\"\(before + 1)\">"))
            #expect(panel.text.contains("<div id=\"claim-head\" data-live>"))
            #expect(panel.text.contains("id=\"history\" data-live"))
            #expect(!panel.text.contains("<form method=\"post\" action=\"/claims/c\(claim)/status\" data-live"))
            #expect(try await session.get("/live?since=soon").status == .badRequest)
        }
    }

    @Test func theStreamNeedsASession() async throws {
        let fixture = try await WebFixture.make()
        try await buildApplication(configuration: fixture.configuration).test(.router) { client in
            let live = try await client.execute(uri: "/live?since=0", method: .get)
            #expect(live.status == .unauthorized)
        }
    }
}
