import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite("Reanchor")
struct ReanchorTests {
    static let old = """
        Le chômage a reculé à 7,3 % au troisième trimestre. Les prix ont augmenté de 2 % sur un an. \
        Le gouvernement prévoit 120 000 emplois de plus en 2027.
        """

    static func span(_ quote: String, in text: String) throws -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let start = try #require(Reanchor.positions(of: Array(quote.unicodeScalars), in: scalars).first)
        return TextSpan(in: scalars, start: start, end: start + quote.unicodeScalars.count)
    }

    @Test func unchangedMovedEditedAndGoneQuotes() async throws {
        // Given three claims in the old version
        let spans: [(claimId: Int64, span: TextSpan)] = [
            (1, try Self.span("Le chômage a reculé à 7,3 % au troisième trimestre.", in: Self.old)),
            (2, try Self.span("Les prix ont augmenté de 2 % sur un an.", in: Self.old)),
            (3, try Self.span("Le gouvernement prévoit 120 000 emplois de plus en 2027.", in: Self.old)),
        ]
        // When the new version keeps the first, drops the second and moves the third behind a new sentence
        let moved = """
            Le chômage a reculé à 7,3 % au troisième trimestre. Une phrase ajoutée. \
            Le gouvernement prévoit 120 000 emplois de plus en 2027.
            """
        let results = Reanchor.reanchor(spans, in: moved)
        // Then the first is anchored, the second gone, the third moved
        #expect(results.map(\.kind) == [.anchored, .gone, .moved])
        #expect(results[2].new?.exact == spans[2].span.exact)
        #expect(results.allSatisfy { !$0.edited })
    }

    @Test func anEditedQuoteIsFoundThroughItsPrefixAndSuffix() async throws {
        // Given a claim whose figure was corrected in place
        let spans: [(claimId: Int64, span: TextSpan)] = [
            (2, try Self.span("Les prix ont augmenté de 2 % sur un an.", in: Self.old))
        ]
        let corrected = Self.old.replacingOccurrences(of: "de 2 %", with: "de 2,4 %")
        // When it is re-anchored
        let result = try #require(Reanchor.reanchor(spans, in: corrected).first)
        // Then it is found, marked edited, with the new wording
        #expect(result.kind == .anchored)
        #expect(result.edited)
        #expect(result.new?.exact == "Les prix ont augmenté de 2,4 % sur un an.")
    }

    @Test func aRepeatedQuotePrefersTheCandidateWithTheSameContext() async throws {
        let text = "A dit : oui. B dit : oui. C dit : oui."
        let span = TextSpan(in: Array(text.unicodeScalars), start: 21, end: 24)  // B's "oui"
        let shifted = "Intro. " + text
        let result = try #require(Reanchor.reanchor([(1, span)], in: shifted).first)
        #expect(result.kind == .moved)
        #expect(result.new?.start == 28)
    }
}
