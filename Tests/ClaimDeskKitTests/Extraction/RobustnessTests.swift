import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct RobustnessTests {
    static let inputs: [String] = [
        "",
        " ",
        "\n\n\n",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 1,5 2.3 4 600 1.2.3.4 99999999999999999999999999",
        "😀🎉👍🏽 👨‍👩‍👧 😀. 🎉! ?",
        "قال الرئيس إن الاقتصاد نما بنسبة 3 في المئة في عام 2023. وأضاف أن البطالة انخفضت.",
        "זה טקסט בעברית. הוא כתוב מימין לשמאל.",
        "Le\u{200B}texte\u{200B}avec\u{200C}des\u{200D}caractères\u{2060}invisibles. Selon\u{200B}X, « a\u{200B}b c d e f ».",
        "Mixed 中文 text with 日本語 and русский текст, 1,5 миллиона. Selon Kalinowski, « ",
        "« « « » » » “ ” \" \" ' ' ( ) [ ] …… ... . . . !!!???",
        "\u{202E}reversed\u{202C} text 12 %. \u{FEFF}BOM inside.",
        String(repeating: "1", count: 5000),
        String(repeating: "a.", count: 2000),
        String(repeating: "M. ", count: 2000),
        String(repeating: "« Selon ", count: 500),
        "1.) 2.) 3.) a. b. c. • • • ⁃ ⁃",
    ]

    @Test(arguments: inputs)
    func oddInputDoesNotCrash(_ text: String) async {
        // Given odd input, When every engine entry point runs, Then spans stay inside the text
        let count = text.unicodeScalars.count
        for language in Language.allCases {
            for span in SentenceSegmenter(language: language).segment(text) {
                #expect(span.start >= 0 && span.end <= count && span.start <= span.end)
            }
            for claim in ClaimExtractor(language: language, documentDate: "2026-03-09").extract(from: text) {
                for occurrence in claim.occurrences { #expect(occurrence.end <= count) }
            }
            _ = CheckworthinessScorer(language: language).score(text)
        }
        #expect(ScalarString.scalars(of: text) == Array(text.unicodeScalars))
        #expect(ScalarString.make(Array(text.unicodeScalars), 0..<count) == text)
        _ = LanguageDetector.detect(text)
        _ = DatelineParser.publicationDate(in: text)
    }

    @Test func tenMegabyteParagraphWithoutPunctuation() async {
        // Given one 10 MB paragraph of words with no punctuation
        let word = "mot sans ponctuation aucune "
        let text = String(repeating: word, count: 10_000_000 / word.utf8.count)
        // When it is segmented and extracted
        let sentences = SentenceSegmenter(language: .fr).segment(text)
        let claims = ClaimExtractor(language: .fr).extract(from: text)
        // Then it is cut into bounded sentences (no 10 MB claim can come of it) and no claim, without crashing
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.end - $0.start <= SentenceSegmenter.maximumSentenceLength })
        #expect(claims.isEmpty)
    }
}
