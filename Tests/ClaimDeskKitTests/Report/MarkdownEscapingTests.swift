import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct MarkdownEscapingTests {
    static let attacks = [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "a | b | c",
        "`code` and ``more``",
        "# heading",
        "> quote",
        "- item",
        "1. item",
        "***",
        "**bold** _em_ ~~strike~~",
        "https://evil.example/x www.evil.example me@evil.example",
        "<https://evil.example>",
        "![img](https://evil.example/i.png)",
        "&lt;b&gt; &amp; &#60;i&#62;",
        "line one\n\n# line two\n    indented code",
        "trailing backslash \\",
        "[ref]: https://evil.example",
        "<!-- comment -->",
        "$x^2$",
    ]

    @Test(arguments: attacks)
    func escapedTextRendersAsOneParagraphOfText(_ attack: String) async throws {
        // Given untrusted text placed after a template prefix
        let markdown = "Text: \(attack.markdownEscaped)\n"
        // When cmark-gfm renders it
        let html = try ReportAssertions.renderGFM(markdown)
        // Then it is a single paragraph with no other element
        #expect(ReportAssertions.startTags(html) == ["p"], "\(attack) -> \(html)")
    }

    @Test(arguments: attacks)
    func escapedTextAtLineStartStartsNoBlock(_ attack: String) async throws {
        // Given untrusted text at the start of a line
        let markdown = "\(attack.markdownEscaped)\n"
        // When cmark-gfm renders it
        let html = try ReportAssertions.renderGFM(markdown)
        // Then it is a single paragraph, or nothing for blank input
        #expect(ReportAssertions.startTags(html) == ["p"], "\(attack) -> \(html)")
    }

    @Test(arguments: attacks)
    func escapedTextInATableCellKeepsTheColumns(_ attack: String) async throws {
        // Given a two-column table with untrusted text in the first cell
        let markdown = "| A | B |\n| --- | --- |\n| \(attack.markdownTableCell) | end |\n"
        // When cmark-gfm renders it
        let html = try ReportAssertions.renderGFM(markdown)
        // Then the body row has exactly two cells and no other element
        #expect(
            ReportAssertions.startTags(html) == ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"],
            "\(attack) -> \(html)"
        )
        #expect(html.contains("<td>end</td>"))
    }

    @Test func escapedTextReadsTheSameAfterRendering() async throws {
        // Given text with every escaped character
        let text = "a < b > c & d | e `f` *g* _h_ [i](j) #k ~l~ $m$ \\n me@x.org https://x.org www.x.org"
        // When it is escaped and rendered
        let html = try ReportAssertions.renderGFM(text.markdownEscaped + "\n")
        // Then the visible text is the original (HTML-escaped by the renderer, with a word joiner before @)
        let expected = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "@", with: "\u{2060}@")
        #expect(html == "<p>\(expected)</p>\n")
    }

    @Test func linksOnlyForHTTPAndHTTPS() async throws {
        // Given links to web and non-web URLs
        let cases = [
            ("https://example.org/a?b=1&c=2", true), ("HTTP://Example.org", true),
            ("javascript:alert(1)", false), (" javascript:alert(1)", false), ("data:text/html,<b>", false),
            ("//evil.example", false), ("/relative", false), ("https:/nohost", false),
        ]
        for (url, linked) in cases {
            // When each is rendered as a link
            let html = try ReportAssertions.renderGFM(String.markdownLink("title", url: url) + "\n")
            let hrefs = ReportAssertions.hrefs(html)
            // Then only web URLs become a link, with the URL intact
            if linked {
                #expect(hrefs.count == 1, "\(url) -> \(html)")
                #expect(hrefs.first?.replacingOccurrences(of: "&amp;", with: "&") == url.trimmingWhitespace())
            } else {
                #expect(hrefs.isEmpty, "\(url) -> \(html)")
            }
        }
    }

    @Test func hostileURLCannotBreakOutOfTheLink() async throws {
        // Given a web URL with characters that end a destination or a table cell
        let url = "https://evil.example/a> <script>|`x` )](javascript:1)"
        // When it is rendered as a link in a table cell
        let markdown = "| A | B |\n| --- | --- |\n| \(String.markdownLink("t", url: url)) | end |\n"
        let html = try ReportAssertions.renderGFM(markdown)
        // Then there is one link, two cells, and no script element
        #expect(ReportAssertions.hrefs(html).count == 1)
        #expect(!ReportAssertions.startTags(html).contains("script"))
        #expect(ReportAssertions.startTags(html).filter { $0 == "td" }.count == 2)
    }

    @Test func headingKeepsTrailingHashes() async throws {
        // Given a title ending in what would be a closing sequence
        let html = try ReportAssertions.renderGFM("# Claim review: \("C# #".markdownEscaped)\n")
        // Then the heading shows it whole
        #expect(html == "<h1>Claim review: C# #</h1>\n")
    }

    @Test func webHostIgnoresCaseUserInfoAndPort() async {
        #expect(String.webHost("https://User@Example.ORG:8443/path") == "example.org")
        #expect(String.webHost("http://example.org?q") == "example.org")
        #expect(String.webHost("ftp://example.org") == nil)
    }
}
