import ClaimDeskModel
import ClaimDeskService
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ClaimDeskWeb

/// The Markdown reports as HTML: the constructs the reports use, hostile text kept as text, and the ledger.
@Suite struct ReportHTMLTests {
    @Test func theReportsConstructsBecomeHTMLAndEverythingElseStaysText() {
        let markdown = """
            # Claim review: \\<script\\>alert(1)\\</script\\> &amp; co

            ## Summary

            | Status | Claims |
            | --- | ---: |
            | unverified \\| odd | 3 |

            - [`c33`](#c33) **Hedged, unverified**: still in\\_review
            - [a link](javascript:alert`1`) and [a page](https://example.org/a?b=1&c=2)

            ### c33

            > Unemployment &lt;fell&gt; to 5% <img src=x onerror=alert(2)>

            <details><summary>History (1)</summary>

            - 2026-03-10 · demo · extract ∅ → text

            </details>
            <script>alert(3)</script>
            """
        let html = ReportHTML.render(markdown).rendered
        #expect(
            html.contains(
                "<h2 id=\"claim-review---script-alert-1---script---amp--co\">Claim review: &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h2>"
            )
        )
        #expect(html.contains("<th scope=\"col\" class=\"num\">Claims</th>"))
        #expect(html.contains("<td>unverified | odd</td><td class=\"num\">3</td>"))
        #expect(
            html.contains(
                "<li><a href=\"#c33\"><code>c33</code></a> <strong>Hedged, unverified</strong>: still in_review</li>"
            )
        )
        #expect(
            html.contains(
                "<li>a link and <a class=\"url\" href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\" target=\"_blank\">a page</a></li>"
            )
        )
        #expect(html.contains("<h4 id=\"c33\">c33</h4>"))
        #expect(
            html.contains(
                "<blockquote><p>Unemployment &lt;fell&gt; to 5% &lt;img src=x onerror=alert(2)&gt;</p></blockquote>"
            )
        )
        #expect(html.contains("<details><summary>History (1)</summary>"))
        #expect(html.contains("</details>"))
        #expect(html.contains("<p>&lt;script&gt;alert(3)&lt;/script&gt;</p>"))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("javascript:"))
    }

    @Test func aDocumentsReportIsAPageAndTheLedgerDownloadsForEditors() async throws {
        let fixture = try await WebFixture.make()
        let slug = try #require(try await fixture.service.document(id: fixture.documentId).document.slug)
        try await fixture.withSession { session in
            let page = try await session.get("/reports/d\(fixture.documentId)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<section class=\"report\" aria-label=\"Report\">"))
            #expect(page.text.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>alert"))
            #expect(try await session.get("/reports").text.contains("href=\"/reports/ledger/\(slug).json\""))
            let file = try await session.get("/reports/ledger/\(slug).json")
            #expect(file.status == .ok)
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"\(slug).json\"")
            #expect(file.text.contains("Unemployment"))
            let head = try await session.get("/reports/ledger/_workspace.json")
            #expect(head.text.contains("signature"))
            #expect(try await session.get("/reports/ledger/..%2Fclaimdesk.sqlite").status == .notFound)
        }
        let team = try await TeamFixture.make()
        try await team.withClient { client in
            let rita = try await TeamFixture.login(client, "rita")
            #expect(try await rita.get("/reports/ledger/_workspace.json").status == .forbidden)
            #expect(try await rita.get("/reports/d\(team.base.documentId)").status == .ok)
        }
    }
}
