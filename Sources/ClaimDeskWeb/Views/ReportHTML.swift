/// Renders the Markdown that ``MarkdownReport`` and ``IndexReport`` write as HTML, for the Reports page.
///
/// Not a general Markdown parser: only the constructs our reports use — ATX headings (given ids, so the reports'
/// `#c12` links work), pipe tables with their alignment row, `>` quotes, `-` lists, paragraphs, and inline
/// backslash escapes, the entities the escaping writes, `` `code` ``, `**strong**` and `[text](url)` links, plus
/// the report's own `<details><summary>…</summary>` and `</details>` lines. Everything else is text: every
/// character goes out through ``HTML``'s escaping, so a report holding hostile text cannot add markup, and only
/// http(s) URLs (through ``SafeLink``) and `#id` anchors become links.
enum ReportHTML {
    /// The report as HTML.
    static func render(_ markdown: String) -> HTML {
        var out: [HTML] = []
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = lines.first {
            if line.trimmedOfSpaces().isEmpty {
                lines.removeFirst()
            } else if line.hasPrefix("#") {
                lines.removeFirst()
                out.append(heading(line))
            } else if line.hasPrefix("|") {
                out.append(table(take(&lines) { $0.hasPrefix("|") }))
            } else if line.hasPrefix("> ") || line == ">" {
                let quoted = take(&lines) { $0.hasPrefix(">") }.map { String($0.dropFirst().drop { $0 == " " }) }
                out.append("<blockquote><p>\(inline(quoted.joined(separator: " ")))</p></blockquote>")
            } else if line.hasPrefix("- ") {
                let items = take(&lines) { $0.hasPrefix("- ") }.map {
                    "<li>\(inline(String($0.dropFirst(2))))</li>" as HTML
                }
                out.append("<ul>\(items)</ul>")
            } else if line.hasPrefix("<details><summary>"), line.hasSuffix("</summary>") {
                lines.removeFirst()
                let summary = String(line.dropFirst("<details><summary>".count).dropLast("</summary>".count))
                out.append("<details><summary>\(inline(summary))</summary>")
            } else if line == "</details>" {
                lines.removeFirst()
                out.append("</details>")
            } else {
                let paragraph = take(&lines) { !$0.trimmedOfSpaces().isEmpty && !startsBlock($0) }
                out.append("<p>\(inline(paragraph.joined(separator: " ")))</p>")
            }
        }
        return HTML.join(out, separator: "\n")
    }

    private static func startsBlock(_ line: String) -> Bool {
        line.hasPrefix("#") || line.hasPrefix("|") || line.hasPrefix(">") || line.hasPrefix("- ")
            || line.hasPrefix("<details>") || line == "</details>"
    }

    /// Removes and returns the leading lines that satisfy `keep` (at least the first one).
    private static func take(_ lines: inout ArraySlice<String>, while keep: (String) -> Bool) -> [String] {
        var taken: [String] = []
        while let line = lines.first, taken.isEmpty || keep(line) {
            taken.append(line)
            lines.removeFirst()
        }
        return taken
    }

    private static func heading(_ line: String) -> HTML {
        let level = min(line.prefix { $0 == "#" }.count, 6)
        let text = String(line.dropFirst(level).drop { $0 == " " })
        let plain = String(plainText(text).lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
        return "<h\(level + 1) id=\"\(plain)\">\(inline(text))</h\(level + 1)>"
    }

    private static func table(_ rows: [String]) -> HTML {
        let cells = rows.map(splitCells)
        guard cells.count >= 2, cells[1].allSatisfy({ $0.allSatisfy { "-: ".contains($0) } && $0.contains("-") })
        else { return "<p>\(inline(rows.joined(separator: " ")))</p>" }
        let right = cells[1].map { $0.trimmedOfSpaces().hasSuffix(":") }
        func row(_ row: [String], tag: String) -> HTML {
            let items = row.enumerated().map { index, cell -> HTML in
                let align: HTML = index < right.count && right[index] ? " class=\"num\"" : ""
                let scope: HTML = tag == "th" ? " scope=\"col\"" : ""
                return tag == "th"
                    ? "<th\(scope)\(align)>\(inline(cell))</th>" : "<td\(align)>\(inline(cell))</td>"
            }
            return "<tr>\(items)</tr>"
        }
        let body = cells.dropFirst(2).map { row($0, tag: "td") }
        return "<table class=\"report-table\"><thead>\(row(cells[0], tag: "th"))</thead><tbody>\(body)</tbody></table>"
    }

    /// The cells of a `| a | b |` row, split on pipes that are not backslash-escaped.
    private static func splitCells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.trimmedOfSpaces() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        return Array(cells.dropFirst().dropLast()).map { $0.trimmedOfSpaces() }
    }

    /// The text with its inline Markdown read and every character escaped.
    static func inline(_ text: String) -> HTML {
        let characters = Array(text)
        var out: [HTML] = []
        var plain = ""
        var strong = false
        var index = 0
        func flush() {
            if !plain.isEmpty { out.append(HTML(text: plain)) }
            plain = ""
        }
        while index < characters.count {
            let character = characters[index]
            let rest = characters[index...]
            if character == "\\", index + 1 < characters.count, characters[index + 1].isASCII,
                characters[index + 1].isPunctuation || characters[index + 1].isSymbol
            {
                plain.append(characters[index + 1])
                index += 2
            } else if character == "&", let (decoded, length) = entity(rest) {
                plain += decoded
                index += length
            } else if character == "`", let close = characters[(index + 1)...].firstIndex(of: "`") {
                flush()
                out.append("<code>\(String(characters[(index + 1)..<close]))</code>")
                index = close + 1
            } else if character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
                flush()
                out.append(strong ? "</strong>" : "<strong>")
                strong.toggle()
                index += 2
            } else if character == "[", let (label, target, length) = link(rest) {
                flush()
                out.append(anchor(label, target))
                index += length
            } else {
                plain.append(character)
                index += 1
            }
        }
        flush()
        if strong { out.append("</strong>") }
        return HTML.join(out)
    }

    /// `[label](target)` at the start of `text`: its label, target and length.
    private static func link(_ text: ArraySlice<Character>) -> (String, String, Int)? {
        var depth = 0
        var index = text.startIndex
        var labelEnd: Int?
        while index < text.endIndex {
            let character = text[index]
            if character == "\\" {
                index += 2
                continue
            }
            if character == "[" { depth += 1 }
            if character == "]" {
                depth -= 1
                if depth == 0 {
                    labelEnd = index
                    break
                }
            }
            index += 1
        }
        guard let labelEnd, labelEnd + 1 < text.endIndex, text[labelEnd + 1] == "(",
            let close = text[(labelEnd + 2)...].firstIndex(of: ")")
        else { return nil }
        let label = String(text[(text.startIndex + 1)..<labelEnd])
        let target = String(text[(labelEnd + 2)..<close])
        return (label, target, close + 1 - text.startIndex)
    }

    private static func anchor(_ label: String, _ target: String) -> HTML {
        if target.hasPrefix("#"),
            target.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            return "<a href=\"\(target)\">\(inline(label))</a>"
        }
        guard let url = SafeLink.webURL(target) else { return inline(label) }
        return "<a class=\"url\" href=\"\(url)\" rel=\"noopener noreferrer\" target=\"_blank\">\(inline(label))</a>"
    }

    /// The entities the Markdown escaping writes (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#NNNN;`), decoded.
    private static func entity(_ text: ArraySlice<Character>) -> (String, Int)? {
        guard let end = text.prefix(12).firstIndex(of: ";") else { return nil }
        let name = String(text[(text.startIndex + 1)..<end])
        let decoded: String? =
            switch name {
            case "lt": "<"
            case "gt": ">"
            case "amp": "&"
            case "quot": "\""
            default:
                name.hasPrefix("#") ? UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) } : nil
            }
        return decoded.map { ($0, end + 1 - text.startIndex) }
    }

    /// The text a heading shows, without its Markdown (for its id).
    private static func plainText(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped || !"\\*`[]".contains(character) { out.append(character) }
            escaped = !escaped && character == "\\"
        }
        return out
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmedOfSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
