import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct ClaimReviewExportTests {
    static let publisher = ClaimReviewExport.Publisher(
        name: "Desk Checks",
        url: "https://desk.example",
        reviewBaseURL: "https://desk.example/reviews/"
    )

    /// The export of the fixture, parsed back as plain JSON objects.
    static func exported(_ detail: DocumentDetail = ReportFixtures.document()) throws -> [[String: Any]] {
        let data = try ClaimReviewExport.export([detail], publisher: publisher)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func onlyVerdictsAreExported() async throws {
        // Given the fixture: c3 verified, c6 unverified
        let reviews = try Self.exported()
        // Then only c3 has a review
        #expect(reviews.count == 1)
        #expect(reviews.first?["claimReviewed"] as? String == ReportFixtures.benign.claim)
    }

    @Test func reviewHasEveryFieldOfTheGuidelines() async throws {
        // Given the export of the fixture's verified claim
        let review = try #require(try Self.exported().first)
        // Then the top-level fields are set
        #expect(review["@context"] as? String == "https://schema.org")
        #expect(review["@type"] as? String == "ClaimReview")
        #expect(review["url"] as? String == "https://desk.example/reviews/2026-03-09-openai-fr#c3")
        #expect(review["datePublished"] as? String == "2026-03-10T09:30:00Z")
        // And the reviewing organisation
        let author = try #require(review["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Organization")
        #expect(author["name"] as? String == "Desk Checks")
        #expect(author["url"] as? String == "https://desk.example")
        // And the rating
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["@type"] as? String == "Rating")
        #expect(rating["ratingValue"] as? Int == 5)
        #expect(rating["bestRating"] as? Int == 5)
        #expect(rating["worstRating"] as? Int == 1)
        #expect(rating["alternateName"] as? String == "True")
        // And the claim reviewed, with its speaker and where it appeared
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "Claim")
        #expect(item["datePublished"] as? String == "2026-03-09")
        let speaker = try #require(item["author"] as? [String: Any])
        #expect(speaker["@type"] as? String == "Person")
        #expect(speaker["name"] as? String == "Caitlin Kalinowski")
        let first = try #require(item["firstAppearance"] as? [String: Any])
        #expect(first["@type"] as? String == "CreativeWork")
        #expect(first["url"] as? String == "https://news.example/openai")
        let appearances = try #require(item["appearance"] as? [[String: Any]])
        #expect(appearances.map { $0["url"] as? String } == ["https://news.example/openai"])
    }

    @Test(arguments: [
        (ClaimStatus.verified, 5, "True"), (.misleading, 3, "Misleading"), (.disputed, 2, "Disputed"),
        (.false, 1, "False"),
    ])
    func numericRatings(status: ClaimStatus, value: Int, name: String) throws {
        // Given the verified claim set to another verdict
        var detail = ReportFixtures.document()
        detail.claims[1].claim.status = status
        // Then its rating follows the documented mapping
        let rating = try #require(try Self.exported(detail).first?["reviewRating"] as? [String: Any])
        #expect(rating["ratingValue"] as? Int == value)
        #expect(rating["alternateName"] as? String == name)
    }

    @Test func unverifiableHasATextualRatingOnly() async throws {
        var detail = ReportFixtures.document()
        detail.claims[1].claim.status = .unverifiable
        let rating = try #require(try Self.exported(detail).first?["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "Unverifiable")
        #expect(rating["ratingValue"] == nil)
        #expect(rating["bestRating"] == nil)
    }

    @Test func nonVerdictsAndMergedClaimsAreLeftOut() async throws {
        // Given every status that is not a verdict, and a merged verified claim
        for status in [ClaimStatus.unverified, .inReview, .dismissed] {
            var detail = ReportFixtures.document()
            detail.claims[1].claim.status = status
            #expect(try Self.exported(detail).isEmpty)
            #expect(ClaimReviewExport.rating(for: status) == nil)
        }
        var merged = ReportFixtures.document()
        merged.claims[1].claim.mergedIntoId = 6
        #expect(try Self.exported(merged).isEmpty)
    }

    @Test func noSpeakerNoDocumentURL() async throws {
        // Given a claim without speaker in a document without URL
        var detail = ReportFixtures.document()
        detail.claims[1].claim.speaker = nil
        detail.document.url = nil
        let item = try #require(try Self.exported(detail).first?["itemReviewed"] as? [String: Any])
        // Then those fields are absent rather than empty
        #expect(item["author"] == nil)
        #expect(item["appearance"] == nil)
        #expect(item["firstAppearance"] == nil)
    }
}
