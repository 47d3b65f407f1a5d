import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct CSVExportTests {
    /// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }

    @Test func oneRowPerClaimWithHeader() async throws {
        // Given the fixture with hostile text
        let csv = CSVExport.export([ReportFixtures.document(ReportFixtures.hostile)])
        // When the CSV is read back strictly
        let rows = Self.parse(csv)
        // Then there is a header and one row per claim, every row as wide as the header
        #expect(rows.first == CSVExport.columns)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == CSVExport.columns.count })
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func fieldsRoundTrip() async throws {
        // Given the hostile fixture, whose claim holds quotes, commas and pipes, and whose speaker holds newlines
        let rows = Self.parse(CSVExport.export([ReportFixtures.document(ReportFixtures.hostile)]))
        let header = try #require(rows.first)
        let c3 = try #require(rows.first { $0[header.firstIndex(of: "claim") ?? 0] == "c3" })
        let value = { (name: String) in c3[header.firstIndex(of: name) ?? 0] }
        // Then every value reads back as stored
        #expect(value("text") == ReportFixtures.hostile.claim)
        #expect(value("speaker") == ReportFixtures.hostile.speaker)
        #expect(value("status") == "verified")
        #expect(value("score") == "0.87")
        #expect(value("numbers") == "1500000")
        #expect(value("sources") == "2")
        #expect(value("supporting") == "1")
        #expect(value("status_by") == ReportFixtures.hostile.actor)
    }

    @Test func quotingFollowsRFC4180() async {
        #expect(CSVExport.field("plain") == "plain")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("two\nlines") == "\"two\nlines\"")
    }

    @Test func formulasAreDefused() async {
        #expect(CSVExport.text("=HYPERLINK(\"http://evil\")") == "'=HYPERLINK(\"http://evil\")")
        #expect(CSVExport.text("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVExport.text("Paris") == "Paris")
    }

    @Test func jsonExportIsCanonicalAndDecodes() async throws {
        // Given the fixture in two input orders
        let detail = ReportFixtures.document()
        var reversed = detail
        reversed.claims.reverse()
        // When both are exported
        let first = try JSONExport.export([detail])
        let second = try JSONExport.export([reversed])
        // Then the bytes are equal and decode back to the document details
        #expect(first == second)
        let decoded = try JSONDecoder().decode([DocumentDetail].self, from: first)
        #expect(decoded.first?.claims.map(\.claim.id) == [3, 6])
    }
}
