import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct LedgerTests {
    /// The fixture as a ledger file whose events are chained in id order.
    static func ledger(_ texts: ReportFixtures.Texts = ReportFixtures.benign) -> LedgerFile {
        let detail = ReportFixtures.document(texts)
        var all = detail.events + detail.claims.flatMap(\.events)
        all.sort { ($0.id ?? 0) < ($1.id ?? 0) }
        var chained: [Int64: Event] = [:]
        var previous: String?
        for event in all {
            let linked = EventChain.chain(event, after: previous)
            previous = linked.hash
            chained[event.id ?? 0] = linked
        }
        var file = LedgerFile(
            document: detail.document,
            events: detail.events.compactMap { chained[$0.id ?? 0] },
            claims: detail.claims
        )
        for index in file.claims.indices {
            file.claims[index].events = file.claims[index].events.compactMap { chained[$0.id ?? 0] }
            file.claims[index].links = file.claims[index].links.filter { $0.claimId == file.claims[index].claim.id }
        }
        return file
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func encodeDecodeEncodeIsByteIdentical() async throws {
        // Given the fixture's ledger, with hostile text in every field
        let file = Self.ledger(ReportFixtures.hostile)
        // When it is encoded, decoded and encoded again
        let first = try Ledger.encode(file)
        let decoded = try Ledger.decode(first, file: "a.json")
        let second = try Ledger.encode(decoded)
        // Then the bytes are identical and the content is the canonical form of the original
        #expect(first == second)
        #expect(decoded == file.canonical)
    }

    @Test func ledgerMatchesSnapshot() async throws {
        // Given the fixture's ledger
        let data = try Ledger.encode(Self.ledger())
        // Then the file (sorted keys, one claim per block) matches the golden file
        try ReportAssertions.assertSnapshot(Self.text(data), named: "ledger.json")
    }

    @Test func exportNamesFilesBySlugAndReadsBack() async throws {
        // Given a ledger of one document and workspace settings
        let files = try Ledger.export([Self.ledger()], workspace: LedgerWorkspace(settings: ["org.name": "Desk"]))
        // Then there is one file per document, named by slug, plus the workspace file
        #expect(files.keys.sorted() == ["2026-03-09-openai-fr.json", "_workspace.json"])
        // And reading the folder back gives the same content
        let contents = try Ledger.read(files)
        #expect(contents.files == [Self.ledger().canonical])
        #expect(contents.workspace.settings == ["org.name": "Desk"])
    }

    @Test func malformedJSONIsReportedWithLineColumnAndCaret() async throws {
        // Given a ledger file with a missing comma on its fourth line
        var lines = Self.text(try Ledger.encode(Self.ledger())).components(separatedBy: "\n")
        let target = 3
        lines[target] = String(lines[target].dropLast())  // drop the trailing comma
        let broken = Data(lines.joined(separator: "\n").utf8)
        // When it is decoded
        let error = try #require(throws: LedgerError.self) { try Ledger.decode(broken, file: "Claims/x.json") }
        // Then the error names the file, the next line (where the comma was expected) and shows a caret
        #expect(error.code == .syntax)
        #expect(error.line == target + 2)
        let column = try #require(error.column)
        let nextLine = lines[target + 1]
        let indent = nextLine.prefix { $0 == " " }.count
        #expect(column == indent + 1)
        #expect(error.description.hasPrefix("Claims/x.json:\(target + 2):\(column): expected `,` or `}` in an object"))
        #expect(error.description.hasSuffix("\n    " + String(repeating: " ", count: indent) + "^"))
    }

    @Test func truncatedFileIsASyntaxError() async throws {
        // Given the first half of a ledger file
        let data = try Ledger.encode(Self.ledger())
        let half = data.prefix(data.count / 2)
        // Then decoding reports a syntax error at the end
        let error = try #require(throws: LedgerError.self) { try Ledger.decode(Data(half), file: "x.json") }
        #expect(error.code == .syntax)
        #expect(error.line == Self.text(Data(half)).components(separatedBy: "\n").count)
    }

    /// Found by Fuzz/FuzzLedger: a file cut right after a backslash inside a string made the reader loop forever.
    @Test(.timeLimit(.minutes(1))) func aFileEndingInsideAnEscapeIsASyntaxErrorNotAHang() async throws {
        let text = Self.text(try Ledger.encode(Self.ledger()))
        let cut = try #require(text.range(of: "\"status\" : \""))
        let broken = String(text[..<cut.upperBound]) + "verif\\"
        let error = try #require(throws: LedgerError.self) { try Ledger.decode(Data(broken.utf8), file: "x.json") }
        #expect(error.code == .syntax)
        #expect(error.description.contains("end of file"))
    }

    @Test func wrongTypeIsLocatedAtTheValue() async throws {
        // Given a ledger whose first claim's status is not a known status
        let text = Self.text(try Ledger.encode(Self.ledger()))
        let broken = text.replacingOccurrences(of: "\"status\" : \"verified\"", with: "\"status\" : \"maybe\"")
        #expect(broken != text)
        // When it is decoded
        let error = try #require(throws: LedgerError.self) { try Ledger.decode(Data(broken.utf8), file: "x.json") }
        // Then the error points at the status value
        #expect(error.code == .schema)
        #expect(error.path == "claims[0].claim.status")
        let line = broken.components(separatedBy: "\n")[try #require(error.line) - 1]
        #expect(line.contains("\"maybe\""))
    }

    @Test func missingFieldIsReported() async throws {
        // Given a ledger without its document's text
        let text = Self.text(try Ledger.encode(Self.ledger()))
        let broken = text.replacingOccurrences(of: "\"text\" : \"Dateline", with: "\"txet\" : \"Dateline")
        // Then decoding says which field is missing, and where
        let error = try #require(throws: LedgerError.self) { try Ledger.decode(Data(broken.utf8), file: "x.json") }
        #expect(error.code == .schema)
        #expect(error.reason.contains("missing field `text`"))
        #expect(error.path == "document")
    }

    @Test func editedQuoteIsRefused() async throws {
        // Given a ledger whose occurrence quote was edited by hand
        var file = Self.ledger()
        file.claims[1].occurrences[0].exact = "About 2 million subscribers reportedly left ChatGPT"
        let data = try Ledger.encode(file)
        // When it is decoded
        let error = try #require(throws: LedgerError.self) { try Ledger.decode(data, file: "x.json") }
        // Then the error names the field and its line
        #expect(error.code == .inconsistent)
        #expect(error.path == "claims[0].occurrences[0].exact")
        let line = Self.text(data).components(separatedBy: "\n")[try #require(error.line) - 1]
        #expect(line.contains("About 2 million"))
        #expect(error.reason.contains("does not match the document text"))
    }

    @Test func editedEventIsRefused() async throws {
        // Given a ledger whose status event's note was rewritten
        var file = Self.ledger()
        file.claims[1].events[1].note = "nothing to see"
        // Then the event's hash no longer verifies
        let error = try #require(throws: LedgerError.self) {
            try Ledger.decode(try Ledger.encode(file), file: "x.json")
        }
        #expect(error.code == .inconsistent)
        #expect(error.path == "claims[0].events[1].hash")
    }

    @Test func mismatchedIdIsRefused() async throws {
        // Given a ledger where a source names another claim
        var file = Self.ledger()
        file.claims[1].sources[0].source.claimId = 99
        // Then decoding refuses it
        let error = try #require(throws: LedgerError.self) {
            try Ledger.decode(try Ledger.encode(file), file: "x.json")
        }
        #expect(error.path == "claims[0].sources[0].source.claimId")
    }

    @Test func deletedEventBreaksTheChain() async throws {
        // Given a ledger folder from which one event was removed (each remaining event still verifies alone)
        var file = Self.ledger()
        file.claims[0].events.removeAll()  // c6's extract event, e11
        let files = try Ledger.export([file], workspace: LedgerWorkspace())
        // When the folder is read
        let error = try #require(throws: LedgerError.self) { try Ledger.read(files) }
        // Then the chain break is reported at the next event
        #expect(error.code == .chain)
        #expect(error.reason.contains("e12"))
        #expect(error.path?.hasSuffix(".prevHash") == true)
    }

    @Test func unknownFormatIsRefused() async throws {
        var file = Self.ledger()
        file.format = 3
        let data = try Ledger.encode(file)
        let error = try #require(throws: LedgerError.self) { try Ledger.decode(data, file: "x.json") }
        #expect(error.path == "format")
        let line = Self.text(data).components(separatedBy: "\n")[try #require(error.line) - 1]
        #expect(line.contains("\"format\" : 3"))
    }

    @Test func locatorAcceptsValidAndRejectsInvalidJSON() async throws {
        // Given small valid and invalid inputs
        for valid in ["{}", "[]", "[1, -0.5e3, \"a\\u00e9\\n\", true, false, null]", " {\"a\" : {\"b\" : [0]}} "] {
            #expect(throws: Never.self) { try JSONLocator(Array(valid.utf8)) }
        }
        for invalid in ["", "{", "[1,]", "{\"a\" 1}", "01", "\"a\nb\"", "[1] x", "{\"a\":tru}", "\"\\x\""] {
            #expect(throws: JSONLocator.SyntaxError.self) { try JSONLocator(Array(invalid.utf8)) }
        }
        // And value positions are recorded by path
        let locator = try JSONLocator(Array("{\"a\": [10, {\"b\": 2}]}".utf8))
        #expect(locator.offset(of: "a[1].b") == 17)
        #expect(locator.offset(of: "a[1].zzz") == 11)
    }
}
