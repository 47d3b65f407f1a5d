import ClaimDeskModel
import ClaimDeskText
/// The article of a web page without the page around it: the body text of a news story or blog post, without
/// navigation, cookie banners, share bars, bylines, related links, promotions or comments.
///
/// Found from the page's own signals first (`itemprop="articleBody"`, `<article>`, `<main>`, `role="main"`, class
/// names such as `article-body` or `comments`), then by content scoring: the element whose paragraphs hold the
/// most text with the fewest links (see ``ContentScorer``). Inside it, paragraphs, headings, lists, block quotes
/// and tables are kept in order; the headline, bylines, datelines, captions and modules the page marks as
/// boilerplate are left out. Deterministic and offline: a pure function of the page.
public struct MainContent: Sendable, Hashable {
    /// How the article was found.
    public enum Evidence: String, Sendable, Hashable, Codable {
        /// The element the page marks with `itemprop="articleBody"`.
        case articleBodyProperty = "itemprop=articleBody"
        /// The page's `<article>` element.
        case articleElement = "article element"
        /// The page's `<main>` or `role="main"` element.
        case mainElement = "main element"
        /// Content scoring alone.
        case scoring
        /// The `articleBody` of the page's JSON-LD article, when its markup holds no article (a page drawn by
        /// scripts).
        case jsonLD = "JSON-LD articleBody"
        /// Not HTML: plain text or Markdown, all of it.
        case plainText = "plain text"
    }

    /// The article text: paragraphs separated by a blank line, lines inside a paragraph by a line break.
    public var text: String
    /// How the article was found.
    public var evidence: Evidence
    /// The element the text was taken from, as a CSS-like selector (`article#story > div.body`), to explain it.
    public var container: String

    /// The least article text, in letters, for a page to count as holding an article (a two-sentence brief
    /// does).
    static let minimumLength = 80

    /// Why a page was found to hold no article.
    public struct NoArticle: Error, Sendable, Hashable, CustomStringConvertible {
        /// The reason, naming the element that came closest.
        public var description: String
    }

    /// Finds the article of decoded HTML, or says why there is none (a home page, a list, a form).
    ///
    /// - Parameters:
    ///   - tree: the page.
    ///   - title: the headline the page declares (left out of the text when it appears in it).
    ///   - declaresArticle: whether the page says it is an article (JSON-LD `NewsArticle`…, `og:type` article);
    ///     such a page is never taken for a list of teasers (a roundup of linked headings is still an article).
    static func find(
        _ tree: HTMLTree,
        title: String?,
        declaresArticle: Bool = false
    ) -> Result<MainContent, NoArticle> {
        let hints = ContentHint.hints(of: tree)
        var reader = TextBlockReader(tree: tree, hints: hints)
        reader.read()
        let scorer = ContentScorer(tree: tree, blocks: reader.blocks, hints: hints)
        guard let best = scorer.best() else { return .failure(NoArticle(description: "no paragraph of text")) }
        let container = scorer.signalled(within: best)
        let selection = ArticleSelection(scorer: scorer, container: container, title: title)
        let kept = selection.keptBlocks()
        let length = kept.reduce(0) { $0 + $1.length }
        let place = selector(of: container, in: tree)
        if !declaresArticle, let teasers = selection.listItems(kept: kept) {
            return .failure(NoArticle(description: "a list of \(teasers) (in \(place))"))
        }
        guard length >= minimumLength else {
            return .failure(NoArticle(description: "\(length) letters of text at most (in \(place))"))
        }
        let text = kept.map(\.text).joined(separator: "\n\n")
        return .success(
            MainContent(text: text, evidence: evidence(of: container, in: tree, hints: hints), container: place)
        )
    }

    private static func evidence(of container: Int, in tree: HTMLTree, hints: [ContentHint]) -> Evidence {
        var index = container
        var found = Evidence.scoring
        while index > 0 {
            let node = tree.nodes[index]
            if node.attributes["itemprop"]?.lowercased() == "articlebody" { return .articleBodyProperty }
            if node.name == "article", found == .scoring { found = .articleElement }
            if node.name == "main" || node.attributes["role"]?.lowercased() == "main", found == .scoring {
                found = .mainElement
            }
            index = node.parent
        }
        return found
    }

    /// A CSS-like path to an element: up to three ancestors, each `name#id.class`.
    static func selector(of index: Int, in tree: HTMLTree) -> String {
        var parts: [String] = []
        var current = index
        while current > 0, parts.count < 3 {
            let node = tree.nodes[current]
            var part = node.name
            if let id = node.attributes["id"], !id.isEmpty { part += "#" + id }
            if let classes = node.attributes["class"]?.split(separator: " ").prefix(2), !classes.isEmpty {
                part += "." + classes.joined(separator: ".")
            }
            parts.append(part)
            current = node.parent
        }
        return parts.reversed().joined(separator: " > ")
    }
}
