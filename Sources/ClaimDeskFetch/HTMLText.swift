public import ClaimDeskModel
public import ClaimDeskText
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
        var scanner = HTMLScanner(Array(decoded.unicodeScalars))
        scanner.run()
        var metadata = ArticleMetadata(meta: scanner.meta, title: scanner.title, jsonLD: scanner.jsonLD)
        metadata.language = scanner.language
        metadata.canonicalURL = scanner.canonical
        return PageText(text: DocumentDecoder.normalize(scanner.output), metadata: metadata, charset: used)
    }

    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        let head = String(decoding: body.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
    }
}

/// One pass over HTML: text with paragraph breaks, `<meta>` fields, `<title>`, JSON-LD blocks.
struct HTMLScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0
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
    /// Elements whose content is raw text (no tags inside).
    static let rawText: Set<String> = ["script", "style", "title", "textarea", "xmp"]
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
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let tag = readTag() {
                handle(tag)
            } else if scalar == "&", let (text, next) = HTMLEntities.decode(scalars, at: index) {
                index = next
                appendText(text)
            } else {
                index += 1
                appendText(String(scalar))
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
        if Self.rawText.contains(name), !tag.isSelfClosing {
            let content = readRawText(until: name)
            if name == "title", title == nil { title = Self.decodeEntities(content).trimmingWhitespace() }
            if name == "script", tag.attributes["type"]?.lowercased() == "application/ld+json" {
                jsonLD.append(content)
            }
            return
        }
        if Self.skipped.contains(name), !tag.isSelfClosing { skipDepth += 1 }
        if Self.blocks.contains(name) { pendingBreak = 2 }
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
            if scalar.properties.isWhitespace, scalar != "\u{00A0}", scalar != "\u{202F}" {
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

    /// Reads a tag at `index` (a `<`); comments, doctypes and processing instructions are skipped and read as nil
    /// with `index` past them. A `<` that starts no tag is left for the text.
    private mutating func readTag() -> HTMLTag? {
        let start = index
        var position = index + 1
        guard position < scalars.count else { return nil }
        if scalars[position] == "!" || scalars[position] == "?" {
            if matches("<!--", at: start) {
                index = find("-->", from: start + 4).map { $0 + 3 } ?? scalars.count
            } else {
                index = find(">", from: position).map { $0 + 1 } ?? scalars.count
            }
            return HTMLTag(name: "!", isEnd: false)
        }
        var isEnd = false
        if scalars[position] == "/" {
            isEnd = true
            position += 1
        }
        guard position < scalars.count, scalars[position].properties.isAlphabetic else { return nil }
        guard let close = findTagEnd(from: position) else { return nil }
        index = close + 1
        return HTMLTag(source: scalars[position..<close], isEnd: isEnd)
    }

    /// The `>` ending a tag, skipping quoted attribute values.
    private func findTagEnd(from start: Int) -> Int? {
        var quote: Unicode.Scalar?
        var position = start
        while position < scalars.count {
            let scalar = scalars[position]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return position
            }
            position += 1
        }
        return nil
    }

    private mutating func readRawText(until name: String) -> String {
        let closing = "</" + name
        var position = index
        while position < scalars.count {
            if scalars[position] == "<", matches(closing, at: position, caseInsensitive: true) {
                let content = String(String.UnicodeScalarView(scalars[index..<position]))
                index = find(">", from: position).map { $0 + 1 } ?? scalars.count
                return content
            }
            position += 1
        }
        let content = String(String.UnicodeScalarView(scalars[index...]))
        index = scalars.count
        return content
    }

    private func matches(_ text: String, at position: Int, caseInsensitive: Bool = false) -> Bool {
        var offset = position
        for expected in text.unicodeScalars {
            guard offset < scalars.count else { return false }
            var actual = scalars[offset]
            if caseInsensitive, ("A"..."Z").contains(actual), let lower = Unicode.Scalar(actual.value + 32) {
                actual = lower
            }
            if actual != expected { return false }
            offset += 1
        }
        return true
    }

    private func find(_ text: String, from position: Int) -> Int? {
        var offset = position
        while offset < scalars.count {
            if matches(text, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// Decodes the character references in an attribute value or raw text.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
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
