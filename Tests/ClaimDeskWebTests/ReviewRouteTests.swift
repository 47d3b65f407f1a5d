import ClaimDeskModel
import ClaimDeskService
import ClaimDeskWeb
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The review actions: statuses under the guardrail, sources, restating, adding a missed claim.
@Suite struct ReviewRouteTests {
    @Test func verifyingWithoutASourceIsRefusedInlineWithWhatIsMissing() async throws {
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim.id)
        try await fixture.withSession { session in
            let refused = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "verified"), ("note", "kept <i>note</i>")]
            )
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains(
                    "Not marked verified: this needs at least one active source with stance “supports”"
                )
            )
            #expect(refused.text.contains("id=\"status-error\""))
            #expect(refused.text.contains("kept &lt;i&gt;note&lt;/i&gt;</textarea>"), "the note typed is kept, escaped")
            let dismiss = try await session.post("/claims/c\(claim)/status", [("status", "dismissed")])
            #expect(dismiss.status == .unprocessableContent)
            #expect(dismiss.text.contains("Not marked dismissed: this needs a note saying why."))
        }
        #expect(try await fixture.service.claimDetail(id: claim).claim.status == .unverified)
    }

    @Test func addingASourceThenVerifyingRecordsTheEvents() async throws {
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim.id)
        try await fixture.withSession { session in
            let added = try await session.post(
                "/claims/c\(claim)/sources",
                [("url", "https://stats.example.org/unemployment"), ("stance", "supports"), ("excerpt", "fell to 5%")]
            )
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/claims/c\(claim)?changed=source")
            let verified = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "verified"), ("note", "checked")]
            )
            #expect(verified.status == .seeOther)
            let page = try await session.get("/claims/c\(claim)?changed=status")
            #expect(page.status == .ok)
            #expect(page.text.contains("data-announce=\"c\(claim) is now verified.\""))
            #expect(page.text.contains("<span class=\"badge st-verified\">verified</span>"))
            #expect(page.text.contains("href=\"https://stats.example.org/unemployment\" rel=\"noopener noreferrer\""))
            #expect(page.text.contains("<blockquote class=\"excerpt\">fell to 5%</blockquote>"))
            #expect(page.text.contains("<td>tester</td><td>status</td>"))
            #expect(page.text.contains("Undo (back to unverified)"))
            let undo = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "unverified"), ("note", "Undo: back to unverified")]
            )
            #expect(undo.status == .seeOther)
            let redo = try await session.post("/claims/c\(claim)/status", [("status", "verified")])
            #expect(redo.status == .seeOther)
            let document = try await session.get("/documents/d\(fixture.documentId)")
            #expect(document.text.contains("class=\"hl st-verified\" href=\"/claims/c\(claim)\""))
        }
        let detail = try await fixture.service.claimDetail(id: claim)
        #expect(detail.claim.status == .verified)
        #expect(detail.events.map(\.action).suffix(4) == [.sourceAdd, .status, .status, .status], "undo is an event")
    }

    @Test func aHostileSourceIsRefusedOrEscaped() async throws {
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim.id)
        try await fixture.withSession { session in
            let script = try await session.post(
                "/claims/c\(claim)/sources",
                [("url", "javascript:alert(1)"), ("stance", "supports"), ("excerpt", "<img src=x onerror=alert(1)>")]
            )
            #expect(script.status == .unprocessableContent)
            #expect(!script.text.contains("href=\"javascript:"))
            #expect(script.text.contains("value=\"javascript:alert(1)\""), "kept in the field, not as a link")
            #expect(script.text.contains("&lt;img src=x onerror=alert(1)&gt;</textarea>"))
            let quoted = try await session.post(
                "/claims/c\(claim)/sources",
                [
                    ("url", "https://example.org/\"><script>x</script>"), ("stance", "refutes"),
                    ("excerpt", "\"><script>alert('e')</script>"), ("note", "<u>note</u>"),
                ]
            )
            #expect(quoted.status == .seeOther)
            let page = try await session.get("/claims/c\(claim)")
            #expect(!page.text.contains("<script>x</script>"))
            #expect(!page.text.contains("<script>alert"))
            #expect(page.text.contains("&lt;u&gt;note&lt;/u&gt;"))
            let badStance = try await session.post(
                "/claims/c\(claim)/sources",
                [("url", "https://a.example"), ("stance", "maybe")]
            )
            #expect(badStance.status == .badRequest)
            #expect(badStance.text.contains("“maybe” is not a stance; use one of: supports, refutes, context."))
        }
    }

    @Test func restatingAClaimKeepsTheOriginal() async throws {
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first)
        let id = try #require(claim.claim.id)
        try await fixture.withSession { session in
            let empty = try await session.post("/claims/c\(id)/edit", [("text", "  ")])
            #expect(empty.status == .badRequest)
            let edited = try await session.post(
                "/claims/c\(id)/edit",
                [("text", "Unemployment <fell> to 5%"), ("note", "clearer")]
            )
            #expect(edited.status == .seeOther)
            let page = try await session.get("/claims/c\(id)?changed=edit")
            #expect(
                page.text.contains(
                    "<blockquote class=\"claim-text\" id=\"claim-text\">Unemployment &lt;fell&gt; to 5%</blockquote>"
                )
            )
            #expect(page.text.contains("Originally: <q>"))
        }
    }

    @Test func aMissedClaimIsAddedFromAQuoteOrFromUTF16Offsets() async throws {
        let fixture = try await WebFixture.make()
        let text = try await fixture.service.documentDetail(id: fixture.documentId).document.text
        try await fixture.withSession { session in
            let absent = try await session.post(
                "/documents/d\(fixture.documentId)/claims",
                [("quote", "not in the text")]
            )
            #expect(absent.status == .unprocessableContent)
            #expect(absent.text.contains("the quote does not occur in this document"))
            let ambiguous = try await session.post("/documents/d\(fixture.documentId)/claims", [("quote", "rose by")])
            #expect(ambiguous.status == .unprocessableContent)
            #expect(ambiguous.text.contains("occurs 2 times"))
            // "q̇ index" in UTF-16 units: the emoji before it counts twice.
            let utf16 = Array(text.utf16)
            let needle = Array("q\u{0307} index".utf16)
            let start = try #require(
                (0...(utf16.count - needle.count)).first { Array(utf16[$0..<($0 + needle.count)]) == needle }
            )
            let added = try await session.post(
                "/documents/d\(fixture.documentId)/claims",
                [
                    ("quote", "ignored when offsets are sent"), ("start16", "\(start)"),
                    ("end16", "\(start + needle.count)"),
                ]
            )
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            #expect(location.hasSuffix("?changed=added"))
            let panel = try await session.get(location)
            #expect(panel.text.contains("<mark>q\u{0307} index</mark>"))
            let emoji = try #require(utf16.firstIndex(of: 0xD83D))
            let split = try await session.post(
                "/documents/d\(fixture.documentId)/claims",
                [("start16", "\(emoji + 1)"), ("end16", "\(start)")]
            )
            #expect(split.status == .badRequest, "an offset inside the emoji's surrogate pair")
        }
        let manual = try await fixture.service.claims(ClaimFilter(documentId: fixture.documentId)).filter {
            $0.claim.method == "manual"
        }
        #expect(manual.map(\.claim.originalText) == ["q\u{0307} index"])
        let occurrence = try #require(manual.first?.occurrences.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[occurrence.start..<occurrence.end])) == "q\u{0307} index")
    }
}
