import ClaimDeskModel
import ClaimDeskText
/// A direct quotation in a line: its marks and its content.
struct Quote: Sendable, Hashable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the closing mark.
    var close: Int
    /// The quoted text, trimmed of white space.
    var content: Range<Int>
}

/// Finds quotations in « », “ ” and " " within one line. An unclosed mark quotes nothing.
enum QuoteFinder {
    static func quotes(_ s: [Unicode.Scalar], _ line: Range<Int>) -> [Quote] {
        var result: [Quote] = []
        var i = line.lowerBound
        let n = line.upperBound
        while i < n {
            let c = s[i]
            var closing: Unicode.Scalar?
            if c == "«" {
                closing = "»"
            } else if c == "\u{201C}" {
                closing = "\u{201D}"
            } else if c == "\"", i == line.lowerBound || s[i - 1].isSpace || s[i - 1] == "(" || s[i - 1] == ":" {
                closing = "\""
            }
            guard let closing else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, s[j] != closing { j += 1 }
            guard j < n else {
                i += 1
                continue
            }
            var a = i + 1
            var b = j
            while a < b, s[a].isSpace { a += 1 }
            while b > a, s[b - 1].isSpace { b -= 1 }
            if b > a { result.append(Quote(open: i, close: j, content: a..<b)) }
            i = j + 1
        }
        return result
    }

    /// How many words `s[range]` holds.
    static func wordCount(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for index in range {
            let isWord = s[index].isWordCharacter
            if isWord, !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }
}
