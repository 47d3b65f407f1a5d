import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// Malformed HTML as pages write it: the tree follows browsers, and the article still comes out.
@Suite("HTMLTree")
struct HTMLTreeTests {
    private func tree(_ html: String) -> HTMLTree {
        HTMLTree(Array(html.unicodeScalars))
    }

    private func names(_ tree: HTMLTree, childrenOf index: Int) -> [String] {
        tree.children(of: index).map { tree.nodes[$0].isText ? "#text" : tree.nodes[$0].name }
    }

    private func first(_ name: String, in tree: HTMLTree) throws -> Int {
        try #require(tree.nodes.firstIndex { $0.name == name })
    }

    @Test func unclosedParagraphsAndListItemsCloseAtTheNextOne() throws {
        let parsed = tree("<div><p>one<p>two<ul><li>a<li>b</ul><p>three</div>")
        let div = try first("div", in: parsed)
        #expect(names(parsed, childrenOf: div) == ["p", "p", "ul", "p"])
        #expect(names(parsed, childrenOf: try first("ul", in: parsed)) == ["li", "li"])
    }

    @Test func tableCellsAndRowsCloseImplicitlyAndNestedTablesStayInTheirCell() throws {
        let parsed = tree("<table><tr><td>1<td><table><tr><td>x</table><tr><td>3</table>")
        let outer = try first("table", in: parsed)
        #expect(names(parsed, childrenOf: outer) == ["tr", "tr"])
        let firstRow = parsed.children(of: outer)[0]
        #expect(names(parsed, childrenOf: firstRow) == ["td", "td"])
        let inner = try #require(parsed.nodes.indices.last { parsed.nodes[$0].name == "table" })
        #expect(parsed.contains(parsed.children(of: firstRow)[1], inner))
    }

    @Test func strayEndTagsAreIgnoredAndAnEndTagDoesNotReachIntoACell() throws {
        let parsed = tree("<div id=a></span><table><tr><td><div id=b>x</div></div>y</td></tr></table>z</div>")
        let outer = try first("div", in: parsed)
        // `</div>` inside the cell closes nothing outside it: y and z stay where they are
        #expect(names(parsed, childrenOf: outer) == ["table", "#text"])
        #expect(parsed.nodes[parsed.children(of: outer)[1]].text == "z")
    }

    @Test func deepNestingIsFlattenedNotFatal() {
        let depth = 5_000
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let parsed = tree(html)
        #expect(parsed.nodes.map(\.depth).max() ?? 0 <= HTMLTree.maximumDepth + 2)
        #expect(parsed.nodes.contains { $0.text == "deep text" })
    }

    @Test func malformedArticleStillComesOut() throws {
        // Given unclosed paragraphs, a layout table holding the story next to a menu cell, a data table inside
        // the story, `<br><br>` paragraphs, stray end tags and a div left open at the end
        let story = ArticlePages.paragraphs
        let html = """
            <html><body><table width="100%"><tr><td class="menu"><a href="/">Home</a><br><a href="/n">News</a>
            <td class="main"><h1>Council approves the tram budget</h1>
            <p>\(story[0])<p>\(story[1])</span></b>
            <table><tr><th>Phase<th>Cost<tr><td>One<td>4.2 million</table>
            <div>\(story[2])<br><br>\(story[3])<br>Reporting by the city desk.
            </table></body>
            """
        let page = HTMLText.extractArticle(html: Array(html.utf8))
        let text = try #require(page.article?.text)
        #expect(
            text
                == [
                    story[0], story[1], "Phase Cost\nOne 4.2 million", story[2],
                    story[3] + "\nReporting by the city desk.",
                ].joined(separator: "\n\n")
        )
    }

    @Test func tokenizerKeepsTheWholePageTextAsBefore() {
        // The scanner now reads through HTMLTokenizer: a `<` that starts no tag and an unterminated comment
        let html = "<p>a < b and 3<4</p><!-- unterminated"
        #expect(HTMLText.extract(html: Array(html.utf8)).text == "a < b and 3<4")
    }
}
