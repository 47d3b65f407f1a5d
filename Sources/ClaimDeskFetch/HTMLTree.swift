import ClaimDeskModel
import ClaimDeskText
/// A light DOM built from tolerant HTML: elements and text nodes in document order, so a node's descendants are the
/// nodes right after it, up to `end`.
///
/// The builder follows browsers where news pages rely on it: an unclosed `<p>`, `<li>`, `<td>` or `<tr>` closes when
/// the next one (or a block) starts, an end tag closes every element opened inside the one it names, an end tag
/// that names nothing open is ignored, void elements (`<br>`, `<img>`…) hold nothing, and table cells are a scope
/// an end tag from outside does not reach into. Scripts, styles and comments are left out; nesting deeper than
/// ``maximumDepth`` is flattened so that walking the tree stays bounded.
struct HTMLTree {
    /// One element or text node.
    struct Node {
        /// The lower-cased tag name; empty for a text node.
        var name: String
        /// The parent's index (-1 for the root).
        var parent: Int
        /// The index after the last descendant.
        var end: Int
        /// The depth below the root.
        var depth: Int
        /// A text node's text, character references decoded, white space as written.
        var text = ""
        /// An element's attributes.
        var attributes = HTMLAttributes()

        var isText: Bool { name.isEmpty }
    }

    /// Nesting deeper than this is flattened into the element at this depth.
    static let maximumDepth = 200

    /// Every node; index 0 is the root, an element named `#root`.
    private(set) var nodes: [Node]

    /// Builds the tree of decoded HTML.
    init(_ scalars: [Unicode.Scalar]) {
        self.init(tokens: HTMLTokenizer.tokens(scalars))
    }

    /// Builds the tree of a page's tokens.
    init(tokens: [HTMLToken]) {
        var builder = Builder()
        for token in tokens {
            switch token {
            case .text(let text): builder.appendText(text)
            case .tag(let tag): tag.isEnd ? builder.close(tag.name) : builder.open(tag)
            case .rawText: break
            }
        }
        nodes = builder.finish()
    }

    /// The children of `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }

    /// Whether `descendant` is `ancestor` or inside it.
    func contains(_ ancestor: Int, _ descendant: Int) -> Bool {
        descendant >= ancestor && descendant < nodes[ancestor].end
    }
}

extension HTMLTree {
    /// Elements that hold nothing.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "image",
    ]
    /// Starting one of these closes an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol",
        "p", "pre", "section", "table", "ul", "li", "dd", "dt", "center", "summary",
    ]
    /// End tags from outside do not close elements inside these.
    static let scopes: Set<String> = ["table", "td", "th", "caption", "template", "object", "marquee", "applet"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let paragraphScopes = scopes.union(["button"])
    static let listScopes = scopes.union(["ul", "ol", "menu"])
    static let definitionScopes = scopes.union(["dl"])

    /// Builds the node list with a stack of open elements.
    private struct Builder {
        var nodes: [Node] = [Node(name: "#root", parent: -1, end: 0, depth: 0)]
        var stack: [Int] = [0]
        /// Elements opened past ``HTMLTree/maximumDepth`` and not pushed, innermost last: their end tags are ignored.
        var flattened: [String] = []

        var current: Int { stack[stack.count - 1] }

        mutating func appendText(_ text: String) {
            let last = nodes.count - 1
            if nodes[last].isText, nodes[last].parent == current {
                nodes[last].text += text
            } else {
                nodes.append(Node(name: "", parent: current, end: 0, depth: stack.count, text: text))
            }
        }

        mutating func open(_ tag: HTMLTag) {
            let name = tag.name
            closeImplied(by: name)
            nodes.append(
                Node(name: name, parent: current, end: 0, depth: stack.count, attributes: tag.attributes)
            )
            guard !HTMLTree.void.contains(name) else { return }
            if stack.count > HTMLTree.maximumDepth {
                flattened.append(name)
            } else {
                stack.append(nodes.count - 1)
            }
        }

        /// Closes what a start tag closes implicitly.
        private mutating func closeImplied(by name: String) {
            if HTMLTree.closesParagraph.contains(name) { closeIfOpen("p", within: HTMLTree.paragraphScopes) }
            switch name {
            case "li": closeIfOpen("li", within: HTMLTree.listScopes)
            case "dt", "dd":
                closeIfOpen(["dt", "dd"], stoppingAt: HTMLTree.definitionScopes)
            case "tr":
                closeIfOpen(["tr"], stoppingAt: ["table", "tbody", "thead", "tfoot"])
            case "td", "th":
                closeIfOpen(["td", "th"], stoppingAt: ["tr", "table"])
            case "thead", "tbody", "tfoot":
                closeIfOpen(["thead", "tbody", "tfoot"], stoppingAt: ["table"])
                closeIfOpen(["tr"], stoppingAt: ["table"])
            case "option": closeIfOpen("option", within: ["select", "datalist"])
            case "a": closeIfOpen("a", within: HTMLTree.scopes)
            case _ where HTMLTree.headings.contains(name):
                if HTMLTree.headings.contains(nodes[current].name) { pop(to: stack.count - 1) }
            default: break
            }
        }

        private mutating func closeIfOpen(_ name: String, within boundaries: Set<String>) {
            closeIfOpen([name], stoppingAt: boundaries)
        }

        /// Pops up to and including the innermost open element named in `names`, unless a boundary comes first.
        private mutating func closeIfOpen(_ names: Set<String>, stoppingAt boundaries: Set<String>) {
            var position = stack.count - 1
            while position > 0 {
                let name = nodes[stack[position]].name
                if names.contains(name) {
                    pop(to: position)
                    return
                }
                if boundaries.contains(name) { return }
                position -= 1
            }
        }

        mutating func close(_ name: String) {
            switch name {
            case "br":
                open(HTMLTag(name: "br", isEnd: false))
            case "body", "html":
                // Content after `</body>` still belongs to the body, as in browsers; the end of input closes all.
                break
            case _ where flattened.last == name:
                flattened.removeLast()
            case "td", "th", "tr", "tbody", "thead", "tfoot", "caption":
                closeIfOpen([name], stoppingAt: ["table"])
            case "table":
                closeIfOpen([name], stoppingAt: [])
            default:
                closeIfOpen([name], stoppingAt: HTMLTree.scopes)
            }
        }

        private mutating func pop(to position: Int) {
            while stack.count > position {
                nodes[stack.removeLast()].end = nodes.count
            }
        }

        mutating func finish() -> [Node] {
            pop(to: 0)
            for index in nodes.indices where nodes[index].end == 0 { nodes[index].end = index + 1 }
            return nodes
        }
    }
}
