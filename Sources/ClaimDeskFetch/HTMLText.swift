import ClaimDeskModel
import ClaimDeskText
/// A page turned into text ClaimDesk can search: the article text, its metadata and the charset used.
public struct PageText: Sendable, Hashable {
    /// The text: paragraphs separated by a blank line, normalised like ingested documents (NFC, LF).
    public var text: String
    /// Title, author, publisher and date found in the page.
    public var metadata: ArticleMetadata
    /// The charset the bytes were read with.
    public var charset: String

    /// Creates a page text.
    public init(text: String, metadata: ArticleMetadata = ArticleMetadata(), charset: String) {
        self.text = text
        self.metadata = metadata
        self.charset = charset
    }
}

/// HTML to text: drops scripts, styles and page furniture (nav, header, footer, aside…), decodes character
/// references, honours the charset (header, else `<meta charset>` / http-equiv), keeps paragraph breaks, and reads
/// the article's metadata from `<meta>`, Open Graph and JSON-LD. Plain text and Markdown pass through.
public enum HTMLText {
    /// Turns a fetched body into text according to its media type.
    ///
    /// - Parameters:
    ///   - body: the decoded body bytes.
    ///   - contentType: the media type without parameters; HTML when nil and the body looks like HTML.
    ///   - charset: the charset named by the `Content-Type` header, if any.
    /// - Returns: the text, or nil for a media type that is not text (PDF, images…).
    public static func pageText(body: [UInt8], contentType: String?, charset: String?) -> PageText? {
        let type = contentType ?? (looksLikeHTML(body) ? "text/html" : "text/plain")
        if type == "text/html" || type == "application/xhtml+xml" {
            return extract(html: body, headerCharset: charset)
        }
        guard type.hasPrefix("text/") else { return nil }
        let (text, used) = TextCharset.decode(body, headerCharset: charset, sniffHTML: false)
        return PageText(text: DocumentDecoder.normalize(text), charset: used)
    }

    /// Extracts the text and metadata of an HTML page.
    public static func extract(html: [UInt8], headerCharset: String? = nil) -> PageText {
        let (decoded, used) = TextCharset.decode(html, headerCharset: headerCharset, sniffHTML: true)
        let scalars = Array(decoded.unicodeScalars)
        return scan(scalars, tokens: HTMLTokenizer.tokens(scalars), charset: used).page
    }

    /// The whole text and the metadata of decoded HTML, its JSON-LD blocks, and whether it says it is an article.
    static func scan(
        _ scalars: [Unicode.Scalar],
        tokens: [HTMLToken],
        charset: String
    ) -> (page: PageText, jsonLD: [String], declaresArticle: Bool) {
        var scanner = HTMLScanner(scalars)
        scanner.run(tokens: tokens)
        var metadata = ArticleMetadata(meta: scanner.meta, title: scanner.title, jsonLD: scanner.jsonLD)
        metadata.language = scanner.language
        metadata.canonicalURL = scanner.canonical
        let page = PageText(text: DocumentDecoder.normalize(scanner.output), metadata: metadata, charset: charset)
        let declaresArticle =
            scanner.meta["og:type"]?.lowercased() == "article" || ArticleMetadata.jsonLDArticle(scanner.jsonLD) != nil
        return (page, scanner.jsonLD, declaresArticle)
    }

    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        let head = String(decoding: body.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
    }
}

/// One pass over HTML: text with paragraph breaks, `<meta>` fields, `<title>`, JSON-LD blocks.
struct HTMLScanner {
    private let scalars: [Unicode.Scalar]
    private var skipDepth = 0
    private var pendingBreak = 0
    private var pendingSpace = false
    var output = ""
    var title: String?
    var meta: [String: String] = [:]
    var jsonLD: [String] = []
    var language: String?
    var canonical: String?

    /// Elements dropped with everything inside them.
    static let skipped: Set<String> = [
        "nav", "header", "footer", "aside", "noscript", "template", "svg", "form", "button", "iframe", "select",
        "object", "canvas", "dialog", "menu",
    ]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "section",
        "article", "main", "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary",
        "body", "caption",
    ]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func run() {
        run(tokens: HTMLTokenizer.tokens(scalars))
    }

    /// Reads the page from its tokens.
    mutating func run(tokens: [HTMLToken]) {
        for token in tokens {
            switch token {
            case .text(let text): appendText(text)
            case .tag(let tag): handle(tag)
            case .rawText(let tag, let range):
                // Only the title and JSON-LD are read; other scripts and styles are skipped unread.
                if tag.name == "title" || tag.attributes["type"]?.lowercased() == "application/ld+json" {
                    handleRawText(tag, HTMLTokenizer.string(scalars, range))
                }
            }
        }
    }

    private mutating func handle(_ tag: HTMLTag) {
        let name = tag.name
        if tag.isEnd {
            if Self.skipped.contains(name) { skipDepth = max(0, skipDepth - 1) }
            if Self.blocks.contains(name) { pendingBreak = 2 }
            return
        }
        switch name {
        case "meta": recordMeta(tag)
        case "html": language = tag.attributes["lang"].map { $0.trimmingWhitespace() }
        case "link" where tag.attributes["rel"]?.lowercased() == "canonical": canonical = tag.attributes["href"]
        case "br": pendingBreak = max(pendingBreak, 1)
        default: break
        }
        if Self.skipped.contains(name), !tag.isSelfClosing { skipDepth += 1 }
        if Self.blocks.contains(name) { pendingBreak = 2 }
    }

    private mutating func handleRawText(_ tag: HTMLTag, _ content: String) {
        if tag.name == "title", title == nil { title = Self.decodeEntities(content).trimmingWhitespace() }
        if tag.name == "script", tag.attributes["type"]?.lowercased() == "application/ld+json" {
            jsonLD.append(content)
        }
    }

    private mutating func recordMeta(_ tag: HTMLTag) {
        guard let content = tag.attributes["content"] else { return }
        for key in ["name", "property", "itemprop"] {
            if let field = tag.attributes[key]?.lowercased(), meta[field] == nil {
                meta[field] = content.trimmingWhitespace()
            }
        }
    }

    private mutating func appendText(_ text: String) {
        guard skipDepth == 0 else { return }
        for scalar in text.unicodeScalars {
            if scalar.isWhiteSpace, scalar != "\u{00A0}", scalar != "\u{202F}" {
                pendingSpace = true
                continue
            }
            if !output.isEmpty {
                if pendingBreak > 0 {
                    output += pendingBreak >= 2 ? "\n\n" : "\n"
                } else if pendingSpace {
                    output += " "
                }
            }
            pendingBreak = 0
            pendingSpace = false
            output.unicodeScalars.append(scalar)
        }
    }

    /// Decodes the character references in an attribute value or raw text.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: index) {
                out += decoded
                index = next
            } else {
                out.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        return out
    }
}
