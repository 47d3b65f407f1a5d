import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// The quote finder on its own: which marks open and close a quotation.
@Suite struct QuoteFinderTests {
    static func quotes(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return QuoteFinder.quotes(s, 0..<s.count).map { ScalarString.make(s, $0.content) }
    }

    @Test func frenchEnglishAndStraightQuotes() {
        #expect(Self.quotes("Il a dit : « Nous tiendrons l'objectif » hier.") == ["Nous tiendrons l'objectif"])
        #expect(Self.quotes("“The market is strong,” he said.") == ["The market is strong,"])
        #expect(Self.quotes("\"We will keep hiring,\" she said.") == ["We will keep hiring,"])
    }

    @Test func twoQuotesInOneSentenceAndUnclosedMarks() {
        #expect(
            Self.quotes("Le ministre a jugé la réforme « indispensable » et « urgente ».") == [
                "indispensable", "urgente",
            ]
        )
        #expect(Self.quotes("Il a dit « rien de plus.").isEmpty)
        #expect(Self.quotes("a 12\" screen").isEmpty)
    }

    @Test func aSentenceWithTwoQuotesKeepsBoth() throws {
        let text =
            "Le ministre a jugé la réforme « indispensable » et a promis qu'elle « rapporterait 3 milliards d'euros »."
        let claims = ClaimExtractor(language: .fr, documentDate: "2026-09-25").extract(from: text)
        let claim = try #require(claims.first)
        #expect(claim.text == text)
        #expect(claim.numbers.map(\.value) == [3_000_000_000])
        #expect(!claim.hedged)
    }
}
