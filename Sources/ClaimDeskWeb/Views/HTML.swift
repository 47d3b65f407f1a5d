/// A fragment of HTML that is safe to send: built from literal markup written here, with every interpolated
/// `String` escaped.
///
/// This is the one escaping rule of the web UI. A `String` (anything a user, an article or a page wrote) is
/// escaped for both text and attribute values (`&`, `<`, `>`, `"`, `'`); only another `HTML` value is inserted as
/// it is. Attribute values are always written in double quotes.
package struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    package private(set) var rendered: String

    /// Wraps markup already known to be safe (literals and escaped pieces only).
    private init(trusted rendered: String) {
        self.rendered = rendered
    }

    /// An empty fragment.
    package static let empty = HTML(trusted: "")

    /// Literal markup written in this target.
    package init(stringLiteral value: String) {
        self.rendered = value
    }

    package init(stringInterpolation: StringInterpolation) {
        self.rendered = stringInterpolation.rendered
    }

    /// The text, escaped.
    package init(text: String) {
        self.rendered = HTML.escape(text)
    }

    package var description: String { rendered }

    /// Joins fragments.
    package static func join(_ parts: some Sequence<HTML>, separator: HTML = .empty) -> HTML {
        HTML(trusted: parts.map(\.rendered).joined(separator: separator.rendered))
    }

    /// Appends a fragment.
    package static func + (a: HTML, b: HTML) -> HTML {
        HTML(trusted: a.rendered + b.rendered)
    }

    /// Markup rendered once with a hole (a placeholder element no escaped text can contain: every `<` of a text is
    /// escaped), filled for each request (the document view and claim panel keep one, the hole is the CSRF field).
    package struct Template: Sendable {
        private let segments: [String]

        /// The placeholder to render where the hole goes.
        package static let hole: HTML = "<template-hole/>"

        /// `html` cut at every ``hole``.
        package init(_ html: HTML) {
            segments = html.rendered.split(separator: Self.hole.rendered, omittingEmptySubsequences: false).map(
                String.init
            )
        }

        /// The markup with every hole replaced by `fill`.
        package func filled(with fill: HTML) -> HTML {
            HTML(trusted: segments.joined(separator: fill.rendered))
        }
    }

    /// Escapes text for an HTML text node or a double-quoted attribute value.
    package static func escape(_ text: String) -> String {
        // Every character that changes is ASCII, so the UTF-8 bytes are copied and only those are replaced.
        let special = text.utf8.contains {
            $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0
        }
        guard special else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 64)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            case 0: out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Builds a fragment: literals pass through, strings are escaped, fragments are inserted.
    package struct StringInterpolation: StringInterpolationProtocol {
        var rendered = ""

        package init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        package mutating func appendLiteral(_ literal: String) { rendered += literal }

        /// Untrusted text: escaped.
        package mutating func appendInterpolation(_ text: String) { rendered += HTML.escape(text) }

        /// Optional untrusted text: escaped, nothing for nil.
        package mutating func appendInterpolation(_ text: String?) { rendered += HTML.escape(text ?? "") }

        /// A number.
        package mutating func appendInterpolation(_ number: Int) { rendered += String(number) }

        /// A fragment built by this type.
        package mutating func appendInterpolation(_ html: HTML) { rendered += html.rendered }

        /// Fragments, one after the other.
        package mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { rendered += part.rendered }
        }
    }
}
