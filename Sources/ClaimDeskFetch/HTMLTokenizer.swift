import ClaimDeskModel
import ClaimDeskText
/// One piece of HTML as ``HTMLTokenizer`` reads it.
enum HTMLToken {
    /// A run of text, character references decoded, white space as written.
    case text(String)
    /// A start or end tag (not a raw-text start tag).
    case tag(HTMLTag)
    /// A raw-text element (`script`, `style`, `title`, `textarea`, `xmp`): its start tag and where its content
    /// is, as written, up to its end tag (read it with ``HTMLTokenizer/string(_:_:)`` when needed).
    case rawText(HTMLTag, Range<Int>)
}

/// Splits HTML into text runs, tags and raw-text elements, tolerating what browsers tolerate: a `<` that starts no
/// tag is text, an `&` that starts no reference stands for itself, an unterminated comment or tag runs to the end.
/// Comments, doctypes and processing instructions are skipped.
struct HTMLTokenizer {
    /// Elements whose content is raw text (no tags inside).
    static let rawText: Set<String> = ["script", "style", "title", "textarea", "xmp"]

    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// A token read while a text run was pending, given next.
    private var pending: HTMLToken?

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The next token, nil at the end.
    mutating func next() -> HTMLToken? {
        if let token = pending {
            pending = nil
            return token
        }
        var text = ""
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                let start = index
                guard let tag = readTag() else {
                    if index == start {
                        // A `<` that starts no tag.
                        text.unicodeScalars.append(scalar)
                        index += 1
                    }
                    // Otherwise a comment, doctype or processing instruction, now skipped.
                    continue
                }
                var token = HTMLToken.tag(tag)
                if !tag.isEnd, !tag.isSelfClosing, Self.rawText.contains(tag.name) {
                    token = .rawText(tag, readRawText(until: tag.name))
                }
                guard text.isEmpty else {
                    pending = token
                    return .text(text)
                }
                return token
            } else if scalar == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: index) {
                index = next
                text += decoded
            } else {
                index += 1
                text.unicodeScalars.append(scalar)
            }
        }
        return text.isEmpty ? nil : .text(text)
    }

    /// Reads a tag at `index` (a `<`). Comments, doctypes and processing instructions are skipped: nil with `index`
    /// past them. A `<` that starts no tag is nil with `index` unchanged.
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
            return nil
        }
        var isEnd = false
        if scalars[position] == "/" {
            isEnd = true
            position += 1
        }
        guard position < scalars.count, scalars[position].isLetterScalar else { return nil }
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

    private mutating func readRawText(until name: String) -> Range<Int> {
        let closing = "</" + name
        var position = index
        while position < scalars.count {
            if scalars[position] == "<", matches(closing, at: position, caseInsensitive: true) {
                let content = index..<position
                index = find(">", from: position).map { $0 + 1 } ?? scalars.count
                return content
            }
            position += 1
        }
        let content = index..<scalars.count
        index = scalars.count
        return content
    }

    /// Every token of `scalars`, in order: for readers that go over a page more than once.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(scalars)
        var tokens: [HTMLToken] = []
        while let token = tokenizer.next() { tokens.append(token) }
        return tokens
    }

    /// The text of a range of `scalars` (a raw-text element's content).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for position in range { view.append(scalars[position]) }
        return String(view)
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
}
