import ClaimDeskModel
import ClaimDeskText
/// A paragraph of a page as laid out: the text between two block boundaries (`<p>`, `<div>`, `<li>`, a heading, a
/// table cell, `<br><br>`…), with what content scoring needs to know about it.
struct TextBlock {
    /// What kind of block holds the text.
    enum Kind: Equatable {
        case paragraph
        /// `<h1>`…`<h6>`, with the level.
        case heading(Int)
        case listItem
        case quote
        case preformatted
        /// A table: a row a line.
        case cell
        case caption
    }

    /// The lines of the block (a `<br>` starts a line), white space collapsed, none empty.
    var lines: [String] = []
    var kind = Kind.paragraph
    /// The innermost block element holding the text.
    var owner = 0
    /// Letters, digits and punctuation in the block (white space not counted).
    var length = 0
    /// Of which inside links.
    var linkLength = 0
    /// Commas (Latin, Arabic, CJK).
    var commas = 0
    /// Sentence-ending punctuation.
    var stops = 0
    /// The innermost enclosing element hinted as boilerplate, if any.
    var boilerplate: Int?
    /// The innermost enclosing element hinted as minor furniture, if any.
    var minor: Int?

    /// The block's text: its lines joined by line breaks.
    var text: String { lines.joined(separator: "\n") }

    /// The share of the text inside links.
    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }

    /// Whether the block is mostly links: a menu, a list of related stories, "Read more: …". A long paragraph of
    /// sentences is allowed more of its words linked (a deals post links every product it names).
    var isLinkList: Bool {
        linkDensity > (length >= 150 && stops >= 2 ? 0.8 : 0.5)
    }

    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}

/// Cuts a tree into ``TextBlock``s, leaving out what is never article text (forms' controls, embedded media,
/// navigation, hidden elements).
struct TextBlockReader {
    /// Elements dropped with everything inside them.
    static let dropped: Set<String> = [
        "head", "noscript", "template", "figcaption", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "select",
        "option", "button", "input", "textarea", "nav", "dialog", "menu", "map", "datalist", "meter", "progress",
    ]
    /// Elements that start and end a block.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "aside", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "caption",
        "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary", "center", "form",
        "fieldset", "legend", "body", "html", "hgroup", "#root", "picture",
    ]

    private let tree: HTMLTree
    private let hints: [ContentHint]
    private(set) var blocks: [TextBlock] = []
    private var current = TextBlock()
    private var line = ""
    private var pendingSpace = false
    private var breaks = 0

    /// Reads the blocks of `tree`, given each node's hint.
    init(tree: HTMLTree, hints: [ContentHint]) {
        self.tree = tree
        self.hints = hints
    }

    /// Whether the element at `index` is hidden: `hidden`, `aria-hidden="true"` or an inline `display: none` or
    /// `visibility: hidden`.
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        let attributes = node.attributes
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        guard let style = attributes["style"]?.lowercased() else { return false }
        let compact = style.filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    mutating func read() {
        var context = Context()
        walk(0, context: &context)
        flush()
    }

    /// What the enclosing elements make of a block.
    private struct Context {
        var owner = 0
        var kind = TextBlock.Kind.paragraph
        var inLink = false
        var boilerplate: Int?
        var minor: Int?
    }

    private mutating func walk(_ index: Int, context: inout Context) {
        let node = tree.nodes[index]
        if node.isText {
            append(node.text, context: context)
            return
        }
        let name = node.name
        if name == "br" {
            breaks += 1
            return
        }
        if name == "img" || Self.dropped.contains(name) || Self.isHidden(node) { return }
        // A table is one block, a row one line of it, cells apart by a space; a block inside a cell (a layout
        // table's paragraphs) still starts a block of its own.
        if name == "tr" { endLine() }
        if name == "td" || name == "th" { pendingSpace = true }
        let isBlock = Self.blockElements.contains(name)
        if !isBlock, hints[index] == .boilerplate { return }
        var inner = context
        if isBlock {
            flush()
            inner.owner = index
            inner.kind = Self.kind(of: name) ?? context.kind
        }
        if name == "a" { inner.inLink = true }
        switch hints[index] {
        case .boilerplate: inner.boilerplate = index
        case .minor: inner.minor = index
        case .none, .content: break
        }
        var child = index + 1
        while child < node.end {
            walk(child, context: &inner)
            child = tree.nodes[child].end
        }
        if isBlock { flush() }
    }

    private static func kind(of name: String) -> TextBlock.Kind? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            .heading(Int(name.unicodeScalars.last.map { $0.value - 48 } ?? 2))
        case "li", "dt", "dd": .listItem
        case "blockquote": .quote
        case "pre": .preformatted
        case "table": .cell
        case "figcaption", "caption": .caption
        default: nil
        }
    }

    private mutating func append(_ text: String, context: Context) {
        for scalar in text.unicodeScalars {
            if scalar.isWhiteSpace, scalar != "\u{00A0}", scalar != "\u{202F}" {
                pendingSpace = true
                continue
            }
            if breaks > 0 {
                if breaks >= 2 {
                    flush()
                } else {
                    endLine()
                }
            }
            breaks = 0
            if current.length == 0, line.isEmpty {
                current.owner = context.owner
                current.kind = context.kind
                current.boilerplate = context.boilerplate
                current.minor = context.minor
            } else if pendingSpace, !line.isEmpty {
                line += " "
            }
            pendingSpace = false
            line.unicodeScalars.append(scalar)
            current.length += 1
            if context.inLink { current.linkLength += 1 }
            switch scalar {
            case ",", "\u{060C}", "\u{FF0C}", "\u{3001}": current.commas += 1
            case ".", "!", "?", "\u{3002}", "\u{FF01}", "\u{FF1F}": current.stops += 1
            default: break
            }
        }
    }

    private mutating func endLine() {
        if !line.isEmpty { current.lines.append(line) }
        line = ""
        pendingSpace = false
    }

    private mutating func flush() {
        endLine()
        breaks = 0
        if current.length > 0 { blocks.append(current) }
        current = TextBlock()
    }
}
