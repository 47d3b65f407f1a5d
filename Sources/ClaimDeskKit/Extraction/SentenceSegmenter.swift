/// Splits a normalised text into sentences.
///
/// First version: a sentence ends at `.`, `!` or `?` followed by white space, or at a line break.
public struct SentenceSegmenter: Sendable {
    /// The text's language.
    public var language: Language

    /// Creates a segmenter.
    public init(language: Language) {
        self.language = language
    }

    /// Returns the sentences of `text` as spans (code-point offsets), in order, trimmed of white space.
    public func segment(_ text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        var spans: [TextSpan] = []
        var start = 0
        func emit(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            if upper > lower { spans.append(TextSpan(in: scalars, start: lower, end: upper)) }
            start = end
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                emit(index)
            } else if scalar == "." || scalar == "!" || scalar == "?",
                index + 1 < scalars.count, scalars[index + 1].properties.isWhitespace
            {
                emit(index + 1)
            }
            index += 1
        }
        emit(scalars.count)
        return spans
    }
}
