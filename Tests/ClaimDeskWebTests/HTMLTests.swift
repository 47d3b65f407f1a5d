import ClaimDeskModel
import Testing

@testable import ClaimDeskWeb

@Suite struct HTMLTests {
    @Test func interpolatedStringsAreEscapedAndFragmentsAreNot() {
        let hostile = "<script>alert(\"x\")</script> & 'q'"
        let br: HTML = "<br>"
        let html: HTML = "<p title=\"\(hostile)\">\(hostile)</p>\(br)"
        #expect(
            html.rendered
                == "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\">"
                + "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p><br>"
        )
    }

    @Test func onlyWebURLsBecomeLinks() {
        #expect(SafeLink.webURL("https://example.org/a?b=1") != nil)
        #expect(SafeLink.webURL("HTTP://example.org") != nil)
        for bad in [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "/relative", "ftp://x.org",
            " https://example.org", "https://", "java\nscript:alert(1)",
        ] {
            #expect(SafeLink.webURL(bad) == nil, "\(bad)")
        }
        let link = SafeLink.external("https://example.org/?q=\"><script>")
        #expect(link.rendered.contains("rel=\"noopener noreferrer\""))
        #expect(!link.rendered.contains("<script>"))
        let text = SafeLink.external("javascript:alert(1)")
        #expect(!text.rendered.contains("href"))
        #expect(text.rendered.contains("javascript:alert(1)"))
    }

    @Test func offsetsConvertBetweenScalarsAndUTF16() {
        // "a😀q̇b": a(1) 😀(1 scalar, 2 units) q(1) U+0307(1) b(1)
        let offsets = TextOffsets("a😀q\u{0307}b")
        #expect(offsets.scalarCount == 5)
        #expect((0...5).map { offsets.utf16Offset(ofScalar: $0) } == [0, 1, 3, 4, 5, 6])
        #expect(offsets.scalarOffset(ofUTF16: 3) == 2)
        #expect(offsets.scalarOffset(ofUTF16: 2) == nil, "inside the surrogate pair")
        #expect(offsets.scalarOffset(ofUTF16: 6) == 5)
        #expect(offsets.scalarOffset(ofUTF16: 7) == nil)
    }

    @Test func highlightsLandOnScalarOffsetsAfterEmojiAndCombiningAccents() {
        let text = "😀 q\u{0307}uote <b>here</b> end"
        let scalars = Array(text.unicodeScalars)
        let start = 2  // after the emoji and the space
        let end = start + "q\u{0307}uote".unicodeScalars.count
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "q\u{0307}uote")
        let mark = ArticleHighlighter.Mark(occurrenceId: 7, claimId: 3, status: .verified, start: start, end: end)
        let html = ArticleHighlighter.render(text, marks: [mark]).rendered
        #expect(html.contains("<span data-o=\"0\">😀 </span><span class=\"anchor\" id=\"occ-7\"></span>"))
        #expect(html.contains("data-o=\"3\" data-claims=\"c3\" title=\"claim c3\">q\u{0307}uote</a>"))
        #expect(html.contains("class=\"hl st-verified\" href=\"/claims/c3\""))
        #expect(html.contains("&lt;b&gt;here&lt;/b&gt;"))
        #expect(!html.contains("<b>"))
    }

    @Test func overlappingClaimsShowBoth() {
        let text = "alpha beta gamma delta"
        let outer = ArticleHighlighter.Mark(occurrenceId: 1, claimId: 1, status: .unverified, start: 0, end: 17)
        let inner = ArticleHighlighter.Mark(occurrenceId: 2, claimId: 2, status: .false, start: 6, end: 22)
        let html = ArticleHighlighter.render(text, marks: [outer, inner]).rendered
        #expect(html.contains(">alpha </a>"))
        #expect(html.contains("class=\"hl st-false overlap\" href=\"/claims/c2\" data-o=\"6\" data-claims=\"c1 c2\""))
        #expect(html.contains("title=\"claims c1 c2\">beta gamma </a>"), "the shorter claim is the link")
        #expect(html.contains("class=\"hl st-false\" href=\"/claims/c2\" data-o=\"17\" data-claims=\"c2\""))
        #expect(html.contains("id=\"occ-1\"") && html.contains("id=\"occ-2\""))
    }

    @Test func marksOutsideTheTextAreClampedOrDropped() {
        let marks = [
            ArticleHighlighter.Mark(occurrenceId: 1, claimId: 1, status: .unverified, start: 2, end: 99),
            ArticleHighlighter.Mark(occurrenceId: 2, claimId: 2, status: .unverified, start: 50, end: 60),
        ]
        let html = ArticleHighlighter.render("abcd", marks: marks).rendered
        #expect(
            html == "<span data-o=\"0\">ab</span><span class=\"anchor\" id=\"occ-1\"></span>"
                + "<a class=\"hl st-unverified\" href=\"/claims/c1\" data-o=\"2\" data-claims=\"c1\" title=\"claim c1\">cd</a>"
        )
    }

    @Test func loopbackAddressesOnly() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1"] {
            #expect(WebConfiguration.isLoopback(host), "\(host)")
        }
        for host in ["0.0.0.0", "192.168.1.2", "10.0.0.1", "::", "example.org", "127.0.0.1.evil", "1270.0.0.1"] {
            #expect(!WebConfiguration.isLoopback(host), "\(host)")
        }
    }

    @Test func formsDecodePercentEncodingAndPlus() throws {
        let form = try FormData(urlEncoded: "a=1+2%26&b=%F0%9F%98%80&c=&c=x&flag=on")
        #expect(form["a"] == "1 2&")
        #expect(form["b"] == "😀")
        #expect(form.text("c") == nil)
        #expect(form.flag("flag"))
        #expect(throws: WebError.self) { try FormData(urlEncoded: "a=%FF") }
        // A NUL would be cut off by the database: refused, not stored shortened
        #expect(throws: WebError.self) { try FormData(urlEncoded: "note=before%00after") }
    }
}
