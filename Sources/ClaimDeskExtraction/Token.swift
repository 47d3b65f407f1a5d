import ClaimDeskModel
import ClaimDeskText

/// A word, a digit run or a punctuation mark in a text, as offsets into its scalars.
struct Token: Sendable, Hashable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        case word, number, punct
    }

    /// Offset of the first scalar.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    /// The token's kind.
    var kind: Kind
    /// The word lists a word or number belongs to (``WordFlags/of(_:)`` of its hash, read once when tokenising);
    /// empty for punctuation.
    var flags: WordFlags
    /// The lower-cased word hash (``WordHash``), for words and numbers; the scalar value for punctuation.
    var hash: UInt64

    var length: Int { end - start }
}

/// Splits a range of scalars into tokens: letter runs (French elisions keep their apostrophe: `d'`, `l'`),
/// digit runs and single punctuation marks. White space is skipped.
enum Tokenizer {
    private static let elisions = WordHash.set([
        "d", "l", "n", "s", "c", "j", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "presqu", "quoiqu",
    ])

    static func tokens(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Token] {
        s.withUnsafeBufferPointer { tokens($0, range) }
    }

    static func tokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5 + 1)
        let table = WordFlags.table
        let elisions = Self.elisions
        var i = range.lowerBound
        let n = range.upperBound
        while i < n {
            let c = s[i]
            if c.isLetter {
                var j = i + 1
                var h = WordHash.mix(WordHash.offset, c)
                while j < n, s[j].isLetter {
                    h = WordHash.mix(h, s[j])
                    j += 1
                }
                if j + 1 < n, s[j].isApostrophe, s[j + 1].isLetter, j - i <= 7, elisions.contains(h) {
                    h = WordHash.mix(h, s[j])
                    j += 1
                }
                tokens.append(Token(start: i, end: j, kind: .word, flags: WordFlags(rawValue: table.get(h)), hash: h))
                i = j
            } else if c.isDigit {
                var j = i + 1
                var h = WordHash.mix(WordHash.offset, c)
                while j < n, s[j].isDigit {
                    h = WordHash.mix(h, s[j])
                    j += 1
                }
                tokens.append(Token(start: i, end: j, kind: .number, flags: WordFlags(rawValue: table.get(h)), hash: h))
                i = j
            } else if c.isSpace || c.value == 0x200B || c.value == 0x200C || c.value == 0x2060 || c.value == 0xFEFF {
                i += 1
            } else {
                tokens.append(Token(start: i, end: i + 1, kind: .punct, flags: [], hash: UInt64(c.value)))
                i += 1
            }
        }
        return tokens
    }
}
