import Foundation

/// Folds text so that typographic variants compare equal: the "normalized" level of ``ExcerptMatcher``.
package enum TextFolding {
    /// Folds case, diacritics (and compatibility forms such as ligatures), quotes and apostrophes, dashes,
    /// soft hyphens, end-of-line hyphenation and whitespace runs; spaces next to quotes and before `:;!?`
    /// (French typography) are dropped.
    package static func fold(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var scalars = Array(decomposed.unicodeScalars)
        scalars = joinHyphenation(scalars)
        for scalar in scalars {
            if scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{00AD}" { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            let folded = fold(scalar)
            if pendingSpace {
                let last = out.last ?? " "
                if last != "\"", folded != "\"", !":;!?".unicodeScalars.contains(folded) { out.append(" ") }
                pendingSpace = false
            }
            for lower in String(folded).lowercased().unicodeScalars { out.append(lower) }
        }
        return String(out)
    }

    /// Joins `word-⏎word` (a hyphen at the end of a line between letters) into `wordword`.
    private static func joinHyphenation(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "-" || scalar == "\u{2010}", let last = out.last, last.properties.isAlphabetic {
                var next = index + 1
                var sawNewline = false
                while next < scalars.count, scalars[next].properties.isWhitespace {
                    if scalars[next] == "\n" || scalars[next] == "\r" { sawNewline = true }
                    next += 1
                }
                if sawNewline, next < scalars.count, scalars[next].properties.isLowercase {
                    index = next
                    continue
                }
            }
            out.append(scalar)
            index += 1
        }
        return out
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}", "\u{02BC}": "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}", "\u{2039}", "\u{203A}":
            "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
        default: scalar
        }
    }

    /// Word tokens of folded text: runs of letters and digits; a `.` or `,` between digits stays inside a number.
    package static func tokens(_ folded: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(folded.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
                continue
            }
            if scalar == "." || scalar == ",", let last = current.last, last.properties.numericType != nil,
                index + 1 < scalars.count, scalars[index + 1].properties.numericType != nil
            {
                current.append(scalar)
                continue
            }
            if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// Whether a token is a number.
    package static func isNumber(_ token: String) -> Bool {
        token.unicodeScalars.first?.properties.numericType != nil
    }
}
