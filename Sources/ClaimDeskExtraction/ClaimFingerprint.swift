import ClaimDeskModel
import ClaimDeskText
/// The duplicate fingerprint of a claim: its words, lower-cased, diacritics folded, punctuation and quotation
/// marks dropped, leading connectors ("Mais", "Récemment,") removed.
enum ClaimFingerprint {
    /// The fingerprint's words.
    static func words(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var hash = WordHash.offset
        var leading = true
        func flush() {
            if !current.isEmpty {
                if !(leading && ClaimLexicon.connectors.contains(hash)) {
                    words.append(String(current))
                    leading = false
                }
                current = String.UnicodeScalarView()
                hash = WordHash.offset
            }
        }
        for index in range {
            let c = s[index]
            if c.isWordCharacter {
                current.append(c.folded)
                hash = WordHash.mix(hash, c)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The fingerprint string of `s[range]`: ``words(_:_:)`` joined by single spaces, built in one pass.
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(range.count)
        var wordStart = -1
        var plain = WordHash.offset
        var leading = true
        var index = range.lowerBound
        while index <= range.upperBound {
            if index < range.upperBound, s[index].isWordCharacter {
                if wordStart < 0 { wordStart = index }
                plain = WordHash.mix(plain, s[index])
            } else if wordStart >= 0 {
                if !(leading && WordFlags.of(plain).contains(.connector)) {
                    if !out.isEmpty { out.append(" ") }
                    for k in wordStart..<index { out.append(s[k].folded) }
                    leading = false
                }
                wordStart = -1
                plain = WordHash.offset
            }
            index += 1
        }
        return ScalarString.make(out, 0..<out.count)
    }

    /// The fingerprint of a text.
    static func of(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        return words(s, 0..<s.count).joined(separator: " ")
    }
}
