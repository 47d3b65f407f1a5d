/// Finds check-worthy claims in a normalised text.
///
/// First version: one claim per sentence that holds a digit or a quotation mark.
/// The extraction engine replaces this.
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
    public func extract(from text: String) -> [ExtractedClaim] {
        let scalars = Array(text.unicodeScalars)
        var claims: [ExtractedClaim] = []
        for span in SentenceSegmenter(language: language).segment(text) {
            let hasDigit = span.exact.unicodeScalars.contains { $0.properties.numericType != nil }
            let hasQuote = span.exact.contains("«") || span.exact.contains("“")
            guard hasDigit || hasQuote else { continue }
            claims.append(
                ExtractedClaim(
                    text: span.exact,
                    type: hasQuote ? .quote : .statistic,
                    score: 0.5,
                    hedged: false,
                    speaker: nil,
                    numbers: [],
                    dates: [],
                    occurrences: [TextSpan(in: scalars, start: span.start, end: span.end)],
                    signals: [],
                    fingerprint: span.exact.lowercased()
                )
            )
        }
        return claims
    }
}
