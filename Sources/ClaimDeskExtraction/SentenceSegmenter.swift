public import ClaimDeskModel
import ClaimDeskText
/// Splits a normalised text into sentences, in French and English.
///
/// Handles abbreviations (M., Mme, Dr, Mr., U.S., Inc., Oct., No., St.), decimals with comma or point,
/// version names (GPT-5.1, 5.3-Codex), initials, ellipses, closing quotes and brackets after a terminator,
/// URLs and e-mail addresses, numbered and bulleted list items, and paragraph breaks (every line break ends
/// a sentence). It follows the pySBD "Golden Rules" and passes all of them.
///
/// The work is a single pass over `[Unicode.Scalar]` with no regular expressions.
public struct SentenceSegmenter: Sendable {
    /// The text's language.
    public var language: Language

    /// Creates a segmenter.
    public init(language: Language) {
        self.language = language
    }

    /// Returns the sentences of `text` as spans (code-point offsets), in order, trimmed of white space.
    public func segment(_ text: String) -> [TextSpan] {
        let scalars = ScalarString.scalars(of: text)
        return ranges(in: scalars).map { ScalarString.span(scalars, $0.lowerBound, $0.upperBound) }
    }

    /// Returns the sentences of `scalars` as trimmed, non-empty ranges, in order.
    package func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        ranges(in: scalars, from: 0, to: scalars.count)
    }

    /// The longest sentence kept whole, in code points; a longer run without a sentence end (a pasted table, a
    /// text without punctuation) is cut at the last space before the limit, so no claim can be megabytes long.
    public static let maximumSentenceLength = 2_000

    /// Returns the sentences of `scalars[lower..<upper]` as trimmed, non-empty ranges, in order.
    package func ranges(in scalars: [Unicode.Scalar], from lower: Int, to upper: Int) -> [Range<Int>] {
        let ranges = scalars.withUnsafeBufferPointer { buffer in
            var scan = SegmentScan(scalars: buffer, lower: lower, upper: upper)
            return scan.run()
        }
        guard ranges.contains(where: { $0.count > Self.maximumSentenceLength }) else { return ranges }
        return ranges.flatMap { Self.cut($0, in: scalars) }
    }

    /// `range` in pieces of at most ``maximumSentenceLength`` code points, cut after white space where there is
    /// some in the second half of a piece, trimmed.
    static func cut(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumSentenceLength {
            var end = start + maximumSentenceLength
            var space = end
            while space > start + maximumSentenceLength / 2, !scalars[space - 1].properties.isWhitespace { space -= 1 }
            if space > start + maximumSentenceLength / 2 { end = space }
            pieces.append(start..<end)
            start = end
            while start < range.upperBound, scalars[start].properties.isWhitespace { start += 1 }
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces.map { piece in
            var upper = piece.upperBound
            while upper > piece.lowerBound, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            return piece.lowerBound..<upper
        }.filter { !$0.isEmpty }
    }
}

/// One pass of the segmenter over a range of scalars.
private struct SegmentScan {
    /// The text; only valid during `ranges(in:from:to:)`.
    let s: UnsafeBufferPointer<Unicode.Scalar>
    let lower: Int
    let n: Int
    var start: Int
    var result: [Range<Int>] = []
    var listBreaks: [Int] = []

    init(scalars: UnsafeBufferPointer<Unicode.Scalar>, lower: Int, upper: Int) {
        s = scalars
        self.lower = lower
        n = upper
        start = lower
    }

    mutating func run() -> [Range<Int>] {
        listBreaks = ListMarkers.breaks(in: s, from: lower, to: n)
        var nextBreak = 0
        var i = lower
        while i < n {
            while nextBreak < listBreaks.count, listBreaks[nextBreak] < i { nextBreak += 1 }
            if nextBreak < listBreaks.count, listBreaks[nextBreak] == i, i > start {
                emit(i)
            }
            let c = s[i]
            switch c.value {
            case 0x0A, 0x2029:
                emit(i)
                start = i + 1
                i += 1
            case 0x21, 0x3F, 0x203C, 0x2047, 0x2048, 0x2049:
                i = exclamation(at: i)
            case 0x2E, 0x2026:
                i = period(at: i)
            default:
                i += 1
            }
        }
        emit(n)
        return result
    }

    /// Ends the current sentence at `end` (exclusive), trimming white space.
    mutating func emit(_ end: Int) {
        var a = start
        var b = end
        while a < b, s[a].isSpace || isInvisible(s[a]) { a += 1 }
        while b > a, s[b - 1].isSpace || isInvisible(s[b - 1]) { b -= 1 }
        if b > a { result.append(a..<b) }
        start = end
    }

    func isInvisible(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x200B || c.value == 0x200C || c.value == 0x200D || c.value == 0x2060 || c.value == 0xFEFF
    }

    /// Skips closing quotes and brackets after a terminator; French closing guillemets may follow a space.
    func skipClosers(_ from: Int) -> Int {
        var j = from
        while j < n {
            if SegmenterLexicon.isCloser(s[j]) {
                j += 1
            } else if s[j].isInlineSpace {
                var k = j
                while k < n, s[k].isInlineSpace { k += 1 }
                if k < n, s[k] == "»" || s[k] == "\u{201D}" {
                    j = k + 1
                } else {
                    break
                }
            } else {
                break
            }
        }
        return j
    }

    func nextNonSpace(_ from: Int) -> Int {
        var k = from
        while k < n, s[k].isInlineSpace || isInvisible(s[k]) { k += 1 }
        return k
    }

    /// Whether the word starting at `k` is a typical sentence starter.
    func isStarter(at k: Int) -> Bool {
        var e = k
        while e < n, s[e].isLetter { e += 1 }
        return e > k && SegmenterLexicon.sentenceStarters.contains(WordHash.of(s, k..<e))
    }

    /// Whether the text from `k` can begin a sentence: a capital, a digit, an opening quote, a bullet.
    func opensSentence(at k: Int) -> Bool {
        guard k < n else { return true }
        let c = s[k]
        if c.isLower { return false }
        switch c.value {
        case 0x2C, 0x3B, 0x3A, 0x29, 0x5D: return false
        default: return true
        }
    }

    /// `!`, `?` and their runs.
    mutating func exclamation(at i: Int) -> Int {
        var j = i
        while j < n, s[j] == "!" || s[j] == "?" || (s[j].value >= 0x203C && s[j].value <= 0x2049) { j += 1 }
        j = skipClosers(j)
        if j < n, !s[j].isSpace, !s[j].isDash { return j }
        let k = nextNonSpace(j)
        if k < n, s[k] == "\n" {
            return j
        }
        if opensSentence(at: k), k >= n || s[k] != "(" { emit(j) }
        return j
    }

    /// Periods and ellipses.
    mutating func period(at i: Int) -> Int {
        // Decimal or dotted number: 2.3, 1026.253.553
        if s[i] == ".", i > lower, i + 1 < n, s[i - 1].isDigit, s[i + 1].isDigit { return i + 1 }
        // Count the dot group: "...", ". . .", "…"
        var j = i
        var dots = 0
        var spaced = false
        while j < n {
            if s[j] == "." {
                dots += 1
                j += 1
            } else if s[j] == "\u{2026}" {
                dots += 3
                j += 1
            } else if s[j] == " ", j + 1 < n, s[j + 1] == ".", dots > 0 {
                spaced = true
                j += 1
            } else {
                break
            }
        }
        let attached = i > lower && !s[i - 1].isSpace
        if dots >= 2 {
            if i > lower, s[i - 1] == "[" { return j }
            let afterGroup = skipClosers(j)
            if afterGroup < n, !s[afterGroup].isSpace, !s[afterGroup].isDash { return j }
            let k = nextNonSpace(afterGroup)
            if spaced, attached, dots == 4, k < n, s[k].isUpper {
                emit(i + 1)
                return i + 1
            }
            if dots == 3 {
                let isPronounI = k + 1 < n && s[k] == "I" && !s[k + 1].isLetter
                if !spaced, k < n, s[k].isUpper, !isPronounI { emit(afterGroup) }
                return afterGroup
            }
            if k >= n || opensSentence(at: k) { emit(afterGroup) }
            return afterGroup
        }
        // A single period.
        if i + 1 < n, s[i + 1].isWordCharacter { return i + 1 }
        let j2 = skipClosers(i + 1)
        if j2 < n, !s[j2].isSpace, !s[j2].isDash { return j2 }
        let k = nextNonSpace(j2)
        if k >= n || s[k] == "\n" {
            emit(j2)
            return j2
        }
        if isBoundary(periodAt: i, next: k) { emit(j2) }
        return j2
    }

    /// Decides whether the single period at `i`, followed by the text at `k`, ends a sentence.
    func isBoundary(periodAt i: Int, next k: Int) -> Bool {
        let next = s[k]
        if next.isLower { return false }
        if !opensSentence(at: k) { return false }
        // The word before the period: letters, digits, inner dots, °.
        var w = i
        while w > start, s[w - 1].isWordCharacter || s[w - 1] == "." || s[w - 1] == "°" || s[w - 1] == "º" {
            w -= 1
        }
        while w < i, s[w] == "." { w += 1 }
        if w == i { return true }
        let word = w..<i
        var hasDigit = false
        var hasLetter = false
        var hasDot = false
        var letters = 0
        var longestSegment = 0
        var segment = 0
        for index in word {
            let c = s[index]
            if c.isDigit { hasDigit = true }
            if c.isLetter {
                hasLetter = true
                letters += 1
            }
            if c == "." {
                hasDot = true
                segment = 0
            } else {
                segment += 1
                longestSegment = max(longestSegment, segment)
            }
        }
        let atSentenceStart = isSentenceStart(w)
        let hash = WordHash.of(s, word)
        if hasDigit && !hasLetter {
            return !atSentenceStart
        }
        if SegmenterLexicon.prefixAbbreviations.contains(hash) { return false }
        if SegmenterLexicon.suffixAbbreviations.contains(hash) { return true }
        if hasDot, !hasDigit, longestSegment <= 2 {
            if SegmenterLexicon.timeAbbreviations.contains(hash) {
                return wordsBefore(w) > 3
            }
            return isStarter(at: k)
        }
        if letters == 1, !hasDot {
            let c = s[w]
            if c.isLower { return !atSentenceStart }
            if c == "I" {
                return previousWordIsLower(w) || isStarter(at: k)
            }
            if c == "M" { return false }
            return isStarter(at: k)
        }
        return true
    }

    /// Whether only white space and bullets lie between the sentence start and `w`.
    func isSentenceStart(_ w: Int) -> Bool {
        var index = start
        while index < w {
            let c = s[index]
            if !(c.isSpace || SegmenterLexicon.isBullet(c) || c == "(" || c == "-") { return false }
            index += 1
        }
        return true
    }

    /// How many words the sentence holds before `w`.
    func wordsBefore(_ w: Int) -> Int {
        var count = 0
        var inWord = false
        var index = start
        while index < w {
            let isWord = s[index].isWordCharacter
            if isWord, !inWord { count += 1 }
            inWord = isWord
            index += 1
        }
        return count
    }

    /// Whether the word before the one at `w` is written in lower case ("you and I.").
    func previousWordIsLower(_ w: Int) -> Bool {
        var e = w
        while e > start, !s[e - 1].isLetter { e -= 1 }
        guard e > start else { return false }
        var b = e
        while b > start, s[b - 1].isLetter { b -= 1 }
        return s[b].isLower
    }
}
