import ClaimDeskModel
import ClaimDeskService
import ClaimDeskWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every page: what it shows, that hostile text stays text, and the 404 and 400 pages.
@Suite struct PageRouteTests {
    @Test func theDocumentsListShowsClaimsByStatusEscaped() async throws {
        let fixture = try await WebFixture.make()
        let count = try await fixture.claims().count
        try await fixture.withSession { session in
            let root = try await session.get("/")
            #expect(root.status == .seeOther)
            let page = try await session.get("/documents")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(
                page.text.contains(
                    "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;Quoted&quot; &amp; more</a>"
                )
            )
            #expect(page.text.contains("<td>&lt;b&gt;Pub&lt;/b&gt;</td>"))
            #expect(page.text.contains("\(count) unverified"))
            #expect(page.text.components(separatedBy: "<i class=\"sq st-unverified\"></i>").count - 1 == count)
            #expect(!page.text.contains("<script>alert"))
            let bad = try await session.get("/documents?page=zero")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("“zero” is not a page number."))
        }
    }

    @Test func theDocumentViewHighlightsEveryOccurrenceAtItsOffsets() async throws {
        let fixture = try await WebFixture.make()
        let claims = try await fixture.claims()
        let text = try await fixture.service.documentDetail(id: fixture.documentId).document.text
        try await fixture.withSession { session in
            let page = try await session.get("/documents/d\(fixture.documentId)")
            #expect(page.status == .ok)
            #expect(page.text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>alert"))
            for detail in claims {
                let id = "c\(detail.claim.id ?? 0)"
                #expect(page.text.contains("href=\"/claims/\(id)\""), "\(id) highlighted")
                #expect(page.text.contains("<li class=\"claim-item\" data-claim=\"\(id)\">"), "\(id) listed")
                for occurrence in detail.occurrences {
                    #expect(page.text.contains("id=\"occ-\(occurrence.id ?? 0)\""))
                    let utf16 = TextOffsetsProbe.utf16(text, scalar: occurrence.start)
                    #expect(
                        page.text.contains("data-o=\"\(utf16)\" data-claims=\"\(id)"),
                        "\(id) starts at UTF-16 \(utf16)"
                    )
                }
            }
            let filtered = try await session.get("/documents/d\(fixture.documentId)?status=verified")
            #expect(filtered.text.contains("<h2>Claims (0)</h2>"))
            let statistics = claims.filter { $0.claim.type == .statistic }.count
            let byType = try await session.get("/documents/d\(fixture.documentId)?type=statistic")
            #expect(byType.text.contains("<h2>Claims (\(statistics))</h2>"))
            let hedged = try await session.get("/documents/d\(fixture.documentId)?hedged=on")
            #expect(hedged.text.contains("<h2>Claims (\(claims.filter(\.claim.hedged).count))</h2>"))
            let speaker = try await session.get("/documents/d\(fixture.documentId)?speaker=%3Cnobody%3E")
            #expect(speaker.text.contains("<h2>Claims (0)</h2>"))
            #expect(speaker.text.contains("value=\"&lt;nobody&gt;\""))
            let badType = try await session.get("/documents/d\(fixture.documentId)?type=rumour")
            #expect(badType.status == .badRequest)
            let badFilter = try await session.get("/documents/d\(fixture.documentId)?status=great")
            #expect(badFilter.status == .badRequest)
        }
    }

    @Test func theClaimPanelShowsEverythingAboutTheClaim() async throws {
        let fixture = try await WebFixture.make()
        let claims = try await fixture.claims()
        let detail = try #require(claims.first)
        let id = "c\(detail.claim.id ?? 0)"
        try await fixture.withSession { session in
            let page = try await session.get("/claims/\(id)")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<dt>Type</dt><dd>\(detail.claim.type.rawValue)</dd>"))
            #expect(html.contains("<h2 id=\"occ-h\">Occurrences</h2>"))
            #expect(html.contains("href=\"/documents/d\(fixture.documentId)#occ-\(detail.occurrences[0].id ?? 0)\""))
            #expect(html.contains("<td>tester</td><td>extract</td>") || html.contains("<td>tester</td><td>ingest</td>"))
            #expect(html.contains("action=\"/claims/\(id)/status\""))
            #expect(html.contains("action=\"/claims/\(id)/sources\""))
            #expect(html.contains("name=\"csrf\" value=\"\(session.csrf)\""))
            if claims.count > 1 {
                #expect(html.contains("id=\"next-claim\" href=\"/claims/c\(claims[1].claim.id ?? 0)\""))
            }
            for signal in detail.claim.signals { #expect(html.contains("<td>\(signal.name)</td>")) }
        }
    }

    @Test func unknownIdsGiveA404PageAndMalformedOnesA400() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            for uri in ["/claims/c999999", "/documents/d999999", "/nowhere", "/reports/nothing.txt", "/static/none.js"]
            {
                let response = try await session.get(uri)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.text.contains("<h1>404 Not Found</h1>"), "\(uri)")
            }
            let claim = try await session.get("/claims/c999999")
            #expect(claim.text.contains("c999999 not found"))
            for uri in ["/claims/abc", "/documents/%3Cscript%3E", "/claims/c-1"] {
                let response = try await session.get(uri)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.text.contains("is not a"))
                #expect(!response.text.contains("<script>"))
            }
            let post = try await session.post("/claims/c999999/status", [("status", "dismissed"), ("note", "x")])
            #expect(post.status == .notFound)
            let noStatus = try await session.post("/claims/c1/status", [("status", "great")])
            #expect(noStatus.status == .badRequest)
            #expect(noStatus.text.contains("“great” is not a status"))
        }
    }

    @Test func aJavascriptDocumentURLIsNotALink() async throws {
        let fixture = try await WebFixture.make(url: "javascript:alert(document.cookie)")
        try await fixture.withSession { session in
            let page = try await session.get("/documents/d\(fixture.documentId)")
            #expect(page.status == .ok)
            #expect(!page.text.contains("href=\"javascript:"))
        }
    }

    @Test func theDocumentViewFollowsChangesMadeElsewhere() async throws {
        // Given a document view already rendered (and kept by the view cache)
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim)
        let id = "c\(claim.id ?? 0)"
        let row = { @Sendable (status: ClaimStatus) in
            "data-claim=\"\(id)\"><a class=\"claim-link\" href=\"/claims/\(id)\"><span class=\"cid\">\(id)</span> <span class=\"badge st-\(status.rawValue)\">"
        }
        try await fixture.withSession { session in
            let before = try await session.get("/documents/d\(fixture.documentId)")
            #expect(before.text.contains(row(.unverified)))
            #expect(try await session.get("/documents/d\(fixture.documentId)").text == before.text)

            // When another client (the CLI, another server) changes the claim's status and restates it
            _ = try await fixture.service.setStatus(of: claim.id ?? 0, to: .inReview, note: "elsewhere", force: false)

            // Then the next view shows the change, and the form still carries this session's CSRF token
            let after = try await session.get("/documents/d\(fixture.documentId)")
            #expect(after.text.contains(row(.inReview)))
            #expect(!after.text.contains(row(.unverified)))
            #expect(after.text.contains("name=\"csrf\" value=\"\(session.csrf)\""))
        }
    }

    @Test func theClaimPanelFollowsChangesMadeElsewhere() async throws {
        // Given a claim panel already rendered (and kept by the panel cache)
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim)
        let path = "/claims/c\(claim.id ?? 0)"
        try await fixture.withSession { session in
            let before = try await session.get(path)
            #expect(before.text.contains("<span class=\"badge st-unverified\">"))
            #expect(try await session.get(path).text == before.text)

            // When another client restates the claim and changes its status
            _ = try await fixture.service.editClaim(
                claim.id ?? 0,
                text: "Unemployment fell to 5% in 2025, restated.",
                note: "elsewhere"
            )
            _ = try await fixture.service.setStatus(of: claim.id ?? 0, to: .inReview, note: "elsewhere", force: false)

            // Then the panel shows both, and every form carries this session's CSRF token (no hole left)
            let after = try await session.get(path)
            #expect(after.text.contains("<span class=\"badge st-in_review\">"))
            #expect(after.text.contains("restated."))
            #expect(!after.text.contains("<template-hole"))
            let fields = after.text.components(separatedBy: "name=\"csrf\"").count - 1
            #expect(fields >= 3)
            #expect(after.text.components(separatedBy: "name=\"csrf\" value=\"\(session.csrf)\"").count - 1 == fields)
        }
    }

    @Test func searchAndTheReviewQueue() async throws {
        let fixture = try await WebFixture.make()
        let claims = try await fixture.claims()
        let best = try #require(claims.max { $0.claim.score < $1.claim.score })
        try await fixture.withSession { session in
            let search = try await session.get("/search?q=unemploy")
            #expect(search.status == .ok)
            #expect(search.text.contains("value=\"unemploy\""))
            #expect(search.text.contains("claim-item"))
            let hostile = try await session.get("/search?q=%22%3E%3Cscript%3E")
            #expect(hostile.status == .ok)
            #expect(!hostile.text.contains("<script>"))
            let queue = try await session.get("/queue")
            #expect(queue.text.contains("id=\"queue-next\" href=\"/claims/c\(best.claim.id ?? 0)\""))
            let next = try await session.get("/queue/next")
            #expect(next.status == .seeOther)
            #expect(next.headers[.location] == "/claims/c\(best.claim.id ?? 0)")
            let panel = try await session.get("/claims/c\(best.claim.id ?? 0)")
            #expect(panel.text.contains("href=\"/queue/next?after=c\(best.claim.id ?? 0)\""))
            let after = try await session.get("/queue/next?after=c\(best.claim.id ?? 0)")
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] != next.headers[.location])
            #expect(try await session.get("/queue/next?after=nonsense").status == .badRequest)
            let paged = try await session.get("/queue?page=99")
            #expect(paged.status == .ok && paged.text.contains("id=\"queue-next\""))
            #expect(try await session.get("/queue?page=0").status == .badRequest)
        }
    }

    @Test func reportsRenderAndDownload() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            let page = try await session.get("/reports")
            #expect(page.status == .ok)
            #expect(
                page.text.contains(
                    "<section class=\"report\" aria-label=\"Index report\"><h2 id=\"claim-review-index\">"
                )
            )
            #expect(!page.text.contains("<script>alert"))
            let csv = try await session.get("/reports/claims.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"claims.csv\"")
            #expect(csv.text.contains("Unemployment"))
            let json = try await session.get("/reports/claims.json")
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            let markdown = try await session.get("/reports/d\(fixture.documentId).md")
            #expect(markdown.status == .ok)
            let claimReview = try await session.get("/reports/claimreview.jsonld")
            #expect(claimReview.status == .unprocessableContent, "no organisation set")
            #expect(claimReview.text.contains("organisation"))
        }
    }

    @Test func staticFilesComeFromTheResources() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            let script = try await session.get("/static/app.js")
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("keydown"))
            let css = try await session.get("/static/app.css")
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }
}

/// The UTF-16 offset of a scalar offset, computed independently of the code under test.
enum TextOffsetsProbe {
    static func utf16(_ text: String, scalar: Int) -> Int {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(scalar))).utf16.count
    }
}
