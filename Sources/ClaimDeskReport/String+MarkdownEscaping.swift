import ClaimDeskModel
import ClaimDeskText
/// Escaping of untrusted text for GitHub-Flavored Markdown.
///
/// Claim text, excerpts, notes, titles, speakers and URLs come from articles and reviewers: a report must show
/// them as text, never let them add elements. Every ASCII character that Markdown or GFM gives a meaning to is
/// backslash-escaped, HTML's `<`, `>` and `&` become entities, line structure is flattened, and bare URLs and
/// e-mail addresses are broken so the autolink extension does not turn them into links. Links are produced only
/// by ``markdownLink(_:url:)``, and only for `http` and `https` URLs.
///
/// Checked against the reference GFM parser (`cmark-gfm --unsafe -e table -e autolink -e strikethrough`), in
/// `MarkdownEscapingTests`.
extension String {
    /// The text escaped for use inline (in a paragraph, list item, heading or blockquote line).
    ///
    /// Newlines and other line breaks become spaces, so the text cannot start a new block.
    package var markdownEscaped: String {
        let scalars = Array(Self.flattened(self).trimmingWhitespace().unicodeScalars)
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        // A leading ordered-list marker (`1.` or `1)`) loses its meaning when its dot is escaped.
        let digits = scalars.prefix { $0.properties.numericType == .decimal && $0.isASCII }.count
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "@": out += "&#8288;@"  // a word joiner stops the e-mail autolink extension
            case ":" where next == "/": out += "\\:"  // stops `https://` autolinks
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$", "#":  // `#` could close a heading
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if Self.startsWWW(scalars, at: index) {
                    out.unicodeScalars.append(contentsOf: scalars[index...index + 2])
                    out += "\\."  // stops `www.` autolinks
                    index += 4
                    continue
                }
                let blockMarker = index == 0 && "-+=".unicodeScalars.contains(scalar)
                let listDot =
                    digits > 0 && index == digits && (scalar == "." || scalar == ")") && (next == nil || next == " ")
                if blockMarker || listDot { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return out
    }

    /// The text escaped for a GFM table cell: inline escaping, with `|` escaped so columns stay intact.
    ///
    /// ``markdownEscaped`` already escapes `|`; an empty cell gets an em dash so the row stays readable.
    package var markdownTableCell: String {
        let escaped = markdownEscaped
        return escaped.isEmpty ? "—" : escaped
    }

    /// A Markdown link to `url` with this text, or the escaped text followed by the escaped URL when the URL is
    /// not `http` or `https` (so `javascript:`, `data:` and relative URLs never become links).
    ///
    /// - Parameter url: the untrusted URL.
    /// - Returns: `[text](<url>)` with both parts escaped, or plain escaped text.
    package static func markdownLink(_ text: String, url: String) -> String {
        let label = text.isEmpty ? url.markdownEscaped : text.markdownEscaped
        guard let destination = markdownLinkDestination(url) else {
            return text.isEmpty || text == url ? label : "\(label) (\(url.markdownEscaped))"
        }
        return "[\(label)](<\(destination)>)"
    }

    /// An autolink-free rendering of a URL as a link whose text is the URL itself, or escaped text when it is not
    /// an `http`/`https` URL.
    package static func markdownURL(_ url: String) -> String {
        markdownLink(url, url: url)
    }

    /// Whether `url` is an absolute `http` or `https` URL with a host.
    package static func isWebURL(_ url: String) -> Bool {
        markdownLinkDestination(url) != nil
    }

    /// The host of an absolute `http`/`https` URL, lower-cased, without port or user info; nil otherwise.
    package static func webHost(_ url: String) -> String? {
        let trimmed = url.trimmingWhitespace()
        let lower = trimmed.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            return String(authority[...close])
        }
        let host = authority.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    /// The link destination for an `http`/`https` URL, percent-encoding what could end or break a `<…>`
    /// destination; nil for any other scheme.
    private static func markdownLinkDestination(_ url: String) -> String? {
        let trimmed = url.trimmingWhitespace()
        guard webHost(trimmed) != nil else { return nil }
        var out = ""
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\\": out += "%5C"
            case "|": out += "%7C"  // would split a table cell
            case "`": out += "%60"  // could pair with a backtick outside the link
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += "%20"
            default:
                if scalar.properties.generalCategory == .control {
                    out += "%20"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The text with every run of line breaks and tabs replaced by one space.
    private static func flattened(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                pendingSpace = true
            default:
                if scalar.properties.generalCategory == .control { continue }
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `scalars` has `www.` (any case) at `index`.
    private static func startsWWW(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 < scalars.count else { return false }
        return scalars[index...index + 2].allSatisfy { $0 == "w" || $0 == "W" } && scalars[index + 3] == "."
    }
}
