import Foundation
import Testing

@testable import ClaimDeskExtraction
@testable import ClaimDeskFetch
@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService
@testable import ClaimDeskStore
@testable import ClaimDeskText

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

    @Test func theNFCQuickCheckOnlyPassesTextThatNFCLeavesAlone() {
        // Every scalar it passes is unchanged by NFC on its own and after each of the others' kinds
        let passed =
            (0..<0x300).map { $0 } + Array(0x2010..<0x2060) + Array(0x20A0..<0x20C0) + Array(0x2190..<0x2200)
            + Array(0x2600..<0x27C0) + Array(0xFE00..<0xFE10) + Array(0x1F000..<0x1FB00)
        var all = ""
        for value in passed {
            let text = String(Unicode.Scalar(UInt32(value))!)
            #expect(DocumentDecoder.isNFCQuick(text))
            #expect(
                text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                "U+\(String(value, radix: 16))"
            )
            all += "a" + text + "e"
        }
        #expect(all.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(all.unicodeScalars))
        #expect(DocumentDecoder.isNFCQuick(all))
        // What NFC changes is sent through it: a combining accent, a singleton (U+2000, Ω U+2126), Hangul jamo
        for text in ["Cafe\u{301}", "\u{2000}", "\u{2126}", "\u{1100}\u{1161}", "q\u{307}"] {
            #expect(!DocumentDecoder.isNFCQuick(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(DocumentDecoder.normalize("Cafe\u{301} \u{2126}") == "Café \u{3A9}")
        // Line by line: a decomposed accent on one line is composed, the other lines are kept, line feeds too
        let lines = "Déjà vu 😀\nCafe\u{301} au lait\n\nq\u{307} et e\u{301}\n"
        #expect(DocumentDecoder.normalize(lines) == lines.precomposedStringWithCanonicalMapping)
        #expect(DocumentDecoder.normalize(lines) == "Déjà vu 😀\nCafé au lait\n\nq\u{307} et é\n")
        #expect(DocumentDecoder.normalize("\u{301}\ne") == "\u{301}\ne")
        // Typical French news text passes and comes back unchanged
        let french = "« L’inflation a reculé à 2,1 % — selon l’Insee… » 1 500 €"
        #expect(DocumentDecoder.isNFCQuick(french))
        #expect(DocumentDecoder.normalize(french) == french)
    }

    @Test func theByteLevelQuickCheckAgreesWithTheScalarRangesOnEveryScalar() {
        // Every scalar alone, and between a letter of two bytes and an ASCII letter: the byte-level check decodes
        // the lead bytes from 0xCC up and must give each scalar's verdict.
        var disagreements: [UInt32] = []
        var bytes: [UInt8] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = DocumentDecoder.isNFCQuick(scalar: value)
            for context in [false, true] {
                bytes.removeAll(keepingCapacity: true)
                if context { bytes += [0xC3, 0xA9] }  // é
                UTF8.encode(scalar) { bytes.append($0) }
                if context { bytes.append(0x65) }
                if bytes.withUnsafeBufferPointer({ DocumentDecoder.isNFCQuick(utf8: $0) }) != expected {
                    disagreements.append(value)
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
        // Through the String entry point too, on text with every kind of byte sequence
        #expect(DocumentDecoder.isNFCQuick("é’€→☀️😀"))
        #expect(!DocumentDecoder.isNFCQuick("é’€→☀️😀\u{301}"))
        #expect(!DocumentDecoder.isNFCQuick("中文"))
    }
}
