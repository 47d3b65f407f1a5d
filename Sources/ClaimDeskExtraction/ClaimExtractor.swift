public import ClaimDeskModel
import ClaimDeskText
/// Finds the check-worthy claims of a normalised text: statistics, quotes, attributions, events,
/// comparisons and predictions, with their speaker, normalised numbers and dates, hedging and a score.
///
/// The text is read line by line (a line is a paragraph). In each line, direct quotations that stand on
/// their own ("Selon X, « … »", "« … », a déclaré X", "X a écrit : « … »") are split into sentence-level
/// quote claims carrying the speaker; other sentences become claims when they hold something checkable.
/// The same claim repeated, or nearly repeated, is one ``ExtractedClaim`` with several occurrences.
public struct ClaimExtractor: Sendable {
    /// The text's language.
    public var language: Language
    /// The document's publication date (ISO 8601), used to resolve dates without a year.
    public var documentDate: String?

    /// Creates an extractor.
    public init(language: Language, documentDate: String? = nil) {
        self.language = language
        self.documentDate = documentDate
    }

    /// Extracts the claims of `text`, which must already be normalised (NFC, LF line endings).
    ///
    /// - Returns: the claims in order of first occurrence; offsets are Unicode scalar offsets into `text`.
    public func extract(from text: String) -> [ExtractedClaim] {
        let scalars = ScalarString.scalars(of: text)
        return extract(scalars: scalars)
    }

    /// Extracts the claims of a text given as scalars.
    package func extract(scalars s: [Unicode.Scalar]) -> [ExtractedClaim] {
        var begin = 0
        var date = documentDate
        if let dateline = DatelineParser.dateline(s) {
            begin = dateline.end
            date = date ?? dateline.date
        }
        let year = date.flatMap { Int($0.prefix(4)) }
        var builder = ClaimBuilder(
            scalars: s,
            language: language,
            parser: ValueParser(language: language, documentYear: year),
            model: CheckworthinessModel.dense
        )
        var lines: [Range<Int>] = []
        var lineStart = begin
        var index = begin
        while index <= s.count {
            if index == s.count || s[index] == "\n" {
                if index > lineStart { lines.append(lineStart..<index) }
                lineStart = index + 1
            }
            index += 1
        }
        for (number, line) in lines.enumerated() {
            builder.addLine(line, next: number + 1 < lines.count ? lines[number + 1] : nil)
        }
        return builder.finish()
    }
}
