import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// English news shapes: quotes with the comma inside, "X told", "according to people familiar", quarters.
@Suite struct EnglishNewsTests {
    static let text = """
        WASHINGTON (Reuters) - The U.S. economy added 250,000 jobs in October, the Labor Department said on Friday. \
        "Wages are rising faster than prices," Treasury Secretary Janet Yellen told reporters. \
        Unemployment reportedly fell to 3.9% from 4.1% in September, according to people familiar with the data. \
        Analysts expect growth to slow in the third quarter. Is this sustainable? \
        “The market is strong. We will keep hiring,” Tim Cook said.
        """

    static func claims() -> [ExtractedClaim] {
        ClaimExtractor(language: .en, documentDate: "2026-11-06").extract(from: text)
    }

    @Test func quotesWithTheCommaInsideCarryTheirSpeaker() async throws {
        // Given “…,” X said, When extracted
        let claims = Self.claims()
        // Then each quoted sentence is a quote claim with the speaker after the quotation
        let wages = try #require(claims.first { $0.text == "Wages are rising faster than prices" })
        #expect(wages.type == .quote)
        #expect(wages.speaker?.hasSuffix("Janet Yellen") == true)
        let hiring = try #require(claims.first { $0.text == "We will keep hiring" })
        #expect(hiring.speaker == "Tim Cook")
        #expect(claims.contains { $0.text == "The market is strong." && $0.speaker == "Tim Cook" })
    }

    @Test func hedgesStatisticsAndDates() async throws {
        let claims = Self.claims()
        let jobs = try #require(claims.first { $0.text.contains("250,000 jobs") })
        #expect(jobs.type == .statistic)
        #expect(jobs.numbers.map(\.value) == [250_000])
        #expect(jobs.dates.map(\.value) == ["2026-10"])
        #expect(!jobs.hedged)
        let unemployment = try #require(claims.first { $0.text.contains("Unemployment reportedly fell") })
        #expect(unemployment.hedged)
        #expect(unemployment.numbers.map(\.value) == [3.9, 4.1])
        #expect(unemployment.numbers.allSatisfy { $0.unit == "%" })
        let outlook = try #require(claims.first { $0.text.contains("third quarter") })
        #expect(outlook.type == .prediction)
        #expect(outlook.dates.map(\.value) == ["2026-Q3"])
        #expect(!claims.contains { $0.text.contains("sustainable") })
    }
}
