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

    /// Escapes text for an HTML text node or a double-quoted attribute value.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
