import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct ValueJSONTests {
    @Test func roundTripsThroughJSONDecoder() async throws {
        // Given values with awkward text (quotes, backslashes, control characters, non-ASCII) and fractional numbers
        let numbers = [
            NumberValue(value: 1_500_000, text: "1,5 million"),
            NumberValue(value: 12.4, unit: "%", text: "12,4\u{A0}%"),
            NumberValue(value: -0.001, unit: "EUR\"x\\y", text: "tab\there\u{1}"),
        ]
        let dates = [DateValue(value: "2026-Q1", text: "au premier trimestre 2026")]
        let signals = [Signal(name: "number", weight: 0.5812), Signal(name: "hedged", weight: -1.24)]
        // When written by ValueJSON and read by JSONDecoder
        let decoder = JSONDecoder()
        // Then they come back equal
        #expect(try decoder.decode([NumberValue].self, from: Data(ValueJSON.encode(numbers).utf8)) == numbers)
        #expect(try decoder.decode([DateValue].self, from: Data(ValueJSON.encode(dates).utf8)) == dates)
        #expect(try decoder.decode([Signal].self, from: Data(ValueJSON.encode(signals).utf8)) == signals)
        #expect(ValueJSON.encode([NumberValue]()) == "[]")
        #expect(!ValueJSON.isRepresentable([NumberValue(value: .infinity, text: "∞")], []))
    }

    @Test func theCanonicalFormOfControlsStaysAndTheContractFormIsJSONEncoders() throws {
        let text = "a\u{8}b\u{C}c\td\ne\u{1}\"\\é/"
        // The hash chain's canonical form: backspace and form feed as \u escapes (changing it would break every
        // stored hash)
        #expect(ValueJSON.string(text) == #""a\u0008b\u000cc\td\ne\u0001\"\\é/""#)
        // The contract's form: what JSONEncoder writes (\b, \f)
        var bytes: [UInt8] = []
        ValueJSON.quote(text, into: &bytes, shortFormFeeds: true)
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\bb\fc\td\ne\u0001\"\\é/""#)
        #expect(ValueJSON.string("plain é 😀") == "\"plain é 😀\"")
    }
}
