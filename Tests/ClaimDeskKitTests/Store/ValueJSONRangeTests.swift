import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// Ranges and signs (issue 12) survive the store's JSON columns, and a stored claim keeps its speaker kind and hedge.
@Suite struct ValueJSONRangeTests {
    @Test func rangesAndSignsRoundTrip() throws {
        // Given a range, a signed change and a plain level
        let numbers = [
            NumberValue(value: 18, unit: "year", text: "entre 18 et 25 ans", range: NumberRange(from: 18, to: 25)),
            NumberValue(value: -0.2, unit: "point", text: "0,2 point", sign: "-"),
            NumberValue(value: 7.3, unit: "%", text: "7,3 %"),
        ]
        // When written by ValueJSON and read by JSONDecoder, Then they come back equal
        let decoded = try JSONDecoder().decode([NumberValue].self, from: Data(ValueJSON.encode(numbers).utf8))
        #expect(decoded == numbers)
        // And a value without range or sign is written as before
        #expect(ValueJSON.encode([numbers[2]]) == "[{\"text\":\"7,3 %\",\"unit\":\"%\",\"value\":7.3}]")
    }

    @Test func ingestStoresSpeakerKindHedgeAndRanges() async throws {
        // Given a fresh store, When a text with a hedged, institutionally attributed range is ingested
        let store = try Factories.store()
        let text = "Selon l'Insee, les naissances chez les femmes âgées entre 18 et 25 ans auraient baissé de 6 %."
        try await Factories.ingest(text, into: store, lang: .fr, published: "2026-02-18")
        // Then the stored claim keeps the speaker kind, the hedge words, the range and the sign
        let claim = try #require(try await store.claims().first).claim
        #expect(claim.speaker == "Insee")
        #expect(claim.speakerKind == .organisation)
        #expect(claim.hedge == "auraient baissé")
        #expect(claim.numbers.first?.range == NumberRange(from: 18, to: 25))
        #expect(claim.numbers.last?.sign == "-")
        #expect(claim.numbers.last?.value == -6)
        // And the JSON contract shows them
        let detail = try await store.claimDetail(id: try #require(claim.id))
        let json = try ContractJSON.encode(ClaimJSON(detail))
        #expect(json.contains("\"speaker_kind\" : \"organisation\""))
        #expect(json.contains("\"hedge\" : \"auraient baissé\""))
    }
}
