public import ClaimDeskModel
import ClaimDeskText
/// Reads the normalised numbers and dates of any text (the same reading claims get).
public struct ValueReader: Sendable {
    private let parser: ValueParser

    /// Creates a reader; `documentDate` (ISO 8601) gives dates without a year their year.
    public init(language: Language, documentDate: String? = nil) {
        parser = ValueParser(language: language, documentYear: documentDate.flatMap { Int($0.prefix(4)) })
    }

    /// The numbers and dates of `text`, in order.
    public func read(_ text: String) -> (numbers: [NumberValue], dates: [DateValue]) {
        let s = Array(text.unicodeScalars)
        var numbers: [NumberValue] = []
        var dates: [DateValue] = []
        for sentence in SentenceSegmenter(language: parser.language).ranges(in: s) {
            let result = parser.parse(s, Tokenizer.tokens(s, sentence))
            numbers += result.numbers
            dates += result.dates
        }
        return (numbers, dates)
    }
}
