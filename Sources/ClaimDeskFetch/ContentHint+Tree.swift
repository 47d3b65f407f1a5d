import ClaimDeskModel
import ClaimDeskText
extension ContentHint {
    /// The hint of every node of a page.
    ///
    /// Element names count too: `aside` and `footer` are boilerplate, `header` minor, and `body`, `html` and `main`
    /// are never boilerplate whatever their classes say. A boilerplate hint is then disbelieved on an element that
    /// wraps the article, one with an article signal (`<article>`, `<main>`, a content class) inside that holds most
    /// of its text: `container penci_sidebar` around the post and its sidebar is a layout, not a sidebar.
    static func hints(of tree: HTMLTree) -> [ContentHint] {
        var cache = Cache()
        var hints = tree.nodes.map { node in node.isText ? ContentHint.none : hint(of: node, cache: &cache) }
        let lengths = textLengths(of: tree)
        for (index, node) in tree.nodes.enumerated() where !node.isText {
            guard lengths[index] >= wrapperMinimum, isArticleSignal(node) else { continue }
            var ancestor = node.parent
            while ancestor > 0 {
                if hints[ancestor] == .boilerplate, 2 * lengths[index] >= lengths[ancestor] {
                    hints[ancestor] = .none
                }
                ancestor = tree.nodes[ancestor].parent
            }
        }
        // An inline element hinted as boilerplate (a share link, a tooltip inside a sentence) is skipped when read;
        // a long one is more likely a wrapper misnamed.
        for (index, node) in tree.nodes.enumerated()
        where hints[index] == .boilerplate && !TextBlockReader.blockElements.contains(node.name)
            && lengths[index] >= inlineMaximum
        {
            hints[index] = .none
        }
        return hints
    }

    /// The most text, in letters, of an inline element left out for its boilerplate hint.
    static let inlineMaximum = 300

    /// Whether the page marks an element as its article: `<article>`, `<main>`, `itemprop="articleBody"`,
    /// `role="main"` or `role="article"`, or a `div` or `section` whose class or id names an article's body
    /// (`entry-content`, `article__body`, `storyText`, `post-body`).
    static func isArticleSignal(_ node: HTMLTree.Node) -> Bool {
        if node.name == "article" || node.name == "main" { return true }
        if node.attributes["itemprop"]?.lowercased() == "articlebody" { return true }
        if let role = node.attributes["role"]?.lowercased(), role == "main" || role == "article" { return true }
        guard containers.contains(node.name) else { return false }
        return namesArticleBody(node.attributes["class"]) || namesArticleBody(node.attributes["id"])
    }

    /// The elements a class or id can mark as the article: not a paragraph or a span of it.
    private static let containers: Set<String> = ["div", "section", "article", "main", "td"]

    /// Whether a class or id value has a token naming an article's body: a subject word (article, post, entry,
    /// story, blog, news) with a part word (body, content, text, copy, prose).
    static func namesArticleBody(_ value: String?) -> Bool {
        guard let value else { return false }
        for token in value.split(separator: " ") {
            var words: [Substring] = []
            split(token, into: &words)
            let lowered = Set(words.map { $0.lowercased() })
            if !lowered.isDisjoint(with: articleSubjects), !lowered.isDisjoint(with: articleParts) { return true }
        }
        return false
    }

    private static let articleSubjects: Set<String> = ["article", "post", "entry", "story", "blog", "news"]
    private static let articleParts: Set<String> = ["body", "content", "text", "copy", "prose"]

    /// The least text, in letters, of an article signal that makes a boilerplate hint around it a layout.
    static let wrapperMinimum = 400

    private static func hint(of node: HTMLTree.Node, cache: inout Cache) -> ContentHint {
        let hint = of(node.attributes, cache: &cache)
        switch node.name {
        case "body", "html", "main": return hint == .boilerplate ? .none : hint
        case "aside", "footer": return hint == .content ? hint : .boilerplate
        case "header": return hint == .none ? .minor : hint
        default: return hint
        }
    }

    /// Per node: the letters (not white space) of the text inside it.
    private static func textLengths(of tree: HTMLTree) -> [Int] {
        var lengths = [Int](repeating: 0, count: tree.nodes.count)
        for index in stride(from: tree.nodes.count - 1, to: 0, by: -1) {
            let node = tree.nodes[index]
            if node.isText {
                lengths[index] = node.text.unicodeScalars.reduce(0) { $0 + ($1.isWhiteSpace ? 0 : 1) }
            }
            lengths[node.parent] += lengths[index]
        }
        return lengths
    }
}
