public import ClaimDeskModel
import ClaimDeskText
/// Decides whether a source's excerpt is on a page: exact, normalized, fuzzy (scored) or absent.
///
/// The fuzzy step aligns the excerpt's word tokens with the page's (Smith–Waterman local alignment: match +2,
/// mismatch −1, gap −1) and scores the best alignment as a Dice coefficient, `2 × matched tokens / (excerpt tokens
/// + aligned page tokens)`. A fuzzy match needs at least ``minimumFuzzyTokens`` tokens, a score of at least
/// ``fuzzyThreshold`` (0.85: one changed word in a 14-word excerpt scores 0.93, two in 10 words 0.8), and every
/// number of the excerpt inside the aligned span, since a fact-check that quotes "15 %" is not supported by "50 %".
/// Anything weaker is `absent`, never found.
public enum ExcerptMatcher {
    /// The lowest Dice score that counts as a fuzzy match.
    public static let fuzzyThreshold = 0.85
    /// Excerpts shorter than this many tokens must match exactly or normalized.
    public static let minimumFuzzyTokens = 6

    /// Looks for `excerpt` in `text`.
    public static func match(excerpt: String, in text: String) -> ExcerptMatch {
        let trimmed = excerpt.trimmingWhitespace()
        guard !trimmed.isEmpty else { return ExcerptMatch(kind: .absent) }
        if text.contains(trimmed) { return ExcerptMatch(kind: .exact) }
        let foldedExcerpt = TextFolding.fold(trimmed)
        let foldedText = TextFolding.fold(text)
        guard !foldedExcerpt.isEmpty else { return ExcerptMatch(kind: .absent) }
        if foldedText.contains(foldedExcerpt) { return ExcerptMatch(kind: .normalized) }
        let excerptTokens = TextFolding.tokens(foldedExcerpt)
        let textTokens = TextFolding.tokens(foldedText)
        guard excerptTokens.count >= minimumFuzzyTokens, !textTokens.isEmpty else { return ExcerptMatch(kind: .absent) }
        let alignment = align(excerptTokens, in: textTokens)
        let score = alignment.score
        let span = textTokens[alignment.range]
        let numbersPresent = excerptTokens.filter(TextFolding.isNumber).allSatisfy { span.contains($0) }
        if score >= fuzzyThreshold, numbersPresent { return ExcerptMatch(kind: .fuzzy, score: rounded(score)) }
        return ExcerptMatch(kind: .absent, score: rounded(score))
    }

    static func rounded(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }

    /// The best local alignment of `excerpt` inside `text`: its Dice score and the aligned range of `text`.
    static func align(_ excerpt: [String], in text: [String]) -> (score: Double, range: Range<Int>) {
        // Each cell carries its alignment score, the matched-token count and the text index where it started.
        struct Cell {
            var value = 0
            var matches = 0
            var start = 0
        }
        let m = excerpt.count
        var previous = [Cell](repeating: Cell(), count: m + 1)
        var current = previous
        var best = Cell()
        var bestEnd = 0
        for j in 1...text.count {
            current[0] = Cell(value: 0, matches: 0, start: j)
            for i in 1...m {
                let isMatch = excerpt[i - 1] == text[j - 1]
                let diagonal = previous[i - 1]
                var cell = Cell(
                    value: diagonal.value + (isMatch ? 2 : -1),
                    matches: diagonal.matches + (isMatch ? 1 : 0),
                    start: diagonal.value == 0 && diagonal.matches == 0 ? j - 1 : diagonal.start
                )
                if previous[i].value - 1 > cell.value {
                    cell = Cell(value: previous[i].value - 1, matches: previous[i].matches, start: previous[i].start)
                }
                if current[i - 1].value - 1 > cell.value {
                    cell = Cell(
                        value: current[i - 1].value - 1,
                        matches: current[i - 1].matches,
                        start: current[i - 1].start
                    )
                }
                if cell.value <= 0 { cell = Cell(value: 0, matches: 0, start: j) }
                current[i] = cell
                if cell.value > best.value {
                    best = cell
                    bestEnd = j
                }
            }
            swap(&previous, &current)
        }
        guard best.matches > 0 else { return (0, 0..<0) }
        let range = best.start..<bestEnd
        return (2 * Double(best.matches) / Double(m + range.count), range)
    }
}
