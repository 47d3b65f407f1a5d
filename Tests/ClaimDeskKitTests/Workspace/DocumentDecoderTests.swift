import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct DocumentDecoderTests {
    @Test func normalisesLineEndingsBOMAndNFC() async throws {
        // Given CRLF, a BOM and a decomposed é
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Cafe\u{301}\r\nfin\rici".utf8)
        // When
        let text = try DocumentDecoder.decode(bytes)
        // Then
        #expect(text == "Café\nfin\nici")
        #expect(text.unicodeScalars.count == 12)
    }

    @Test func rejectsBadInput() async {
        #expect(throws: IngestError.empty) { try DocumentDecoder.decode([]) }
        #expect(throws: IngestError.empty) { try DocumentDecoder.decode(Array(" \n ".utf8)) }
        #expect(throws: IngestError.binary(offset: 2)) { try DocumentDecoder.decode([0x41, 0x42, 0, 0x43]) }
        #expect(throws: IngestError.invalidUTF8(offset: 3)) {
            try DocumentDecoder.decode([0x41, 0x42, 0x43, 0xE9, 0x20])
        }
        #expect(throws: IngestError.invalidUTF8(offset: 1)) { try DocumentDecoder.decode([0x41, 0xE0, 0x80, 0x80]) }
        #expect(throws: IngestError.invalidUTF8(offset: 4)) {
            try DocumentDecoder.decode([0xEF, 0xBB, 0xBF, 0x41, 0xC3])
        }
    }
}
