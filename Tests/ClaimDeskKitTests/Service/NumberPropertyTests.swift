import Foundation
import Testing

@testable import ClaimDeskExtraction
@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService
@testable import ClaimDeskStore
@testable import ClaimDeskText

/// Random numbers of any size, sign and spelling go through extraction and every output format without a crash.
@Suite struct NumberPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure names a seed that reproduces it.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A number as a writer might spell it: signs, grouping, decimals, exponents, huge digit runs, scale words.
    static func number(_ random: inout SplitMix, french: Bool) -> String {
        let signs = ["", "", "-", "+", "−", "moins "]
        let scales =
            french
            ? ["", "", " million", " milliards", " mille milliards", " billions", " %", " points"]
            : ["", "", " million", " billion", " trillion", " trillion trillion", "%", " percent"]
        let digitCount = Int.random(in: 1...45, using: &random)
        var digits = String(Int.random(in: 1...9, using: &random))
        for _ in 1..<digitCount { digits += String(Int.random(in: 0...9, using: &random)) }
        var body = digits
        switch Int.random(in: 0...5, using: &random) {
        case 0:  // grouped in threes
            let separator = french ? [" ", "\u{202F}", "."].randomElement(using: &random)! : ","
            var grouped = ""
            for (index, digit) in digits.reversed().enumerated() {
                if index > 0, index % 3 == 0 { grouped.append(separator) }
                grouped.append(digit)
            }
            body = String(grouped.reversed())
        case 1:  // a decimal fraction
            body += (french ? "," : ".") + String(Int.random(in: 0...999_999, using: &random))
        case 2:  // scientific
            body = "\(Int.random(in: 1...9, using: &random))e\(Int.random(in: -400...400, using: &random))"
        case 3:  // a long fraction
            body = "0" + (french ? "," : ".") + String(repeating: "0", count: Int.random(in: 0...30, using: &random))
                + "1"
        default:
            break
        }
        return signs.randomElement(using: &random)! + body + scales.randomElement(using: &random)!
    }

    static func sentence(_ random: inout SplitMix, french: Bool) -> String {
        let value = number(&random, french: french)
        let other = number(&random, french: french)
        return french
            ? "Selon l'Insee, la dette a atteint \(value) euros en 2025, contre \(other) en 2024."
            : "The debt reached \(value) dollars in 2025, up from \(other) in 2024, the agency said."
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomNumbersSurviveEveryOutput(seed: UInt64) async throws {
        var random = SplitMix(state: seed)
        let service = try ClaimDeskService.inMemory()
        try await service.setOrganisation(name: "Desk", url: "https://desk.example")
        var text = ""
        for index in 0..<60 { text += Self.sentence(&random, french: index % 2 == 0) + "\n\n" }
        // Extraction on its own, and its JSON contract
        for language in [Language.fr, .en] {
            let claims = TextTools.extract(text, language: language, documentDate: "2026-03-09")
            #expect(!claims.isEmpty)
            _ = try ContractJSON.encode(claims.map(ClaimJSON.init))
        }
        // Stored, then every output format
        let items = try await service.ingest(
            [.bytes(Array(text.utf8), origin: "numbers-\(seed).txt")],
            metadata: DocumentMetadata(published: "2026-03-09")
        )
        let outcome = try items[0].result.get()
        let detail = try await service.documentDetail(id: try #require(outcome.document.id))
        #expect(!detail.claims.isEmpty)
        for claim in detail.claims {
            #expect(!ClaimDetailText.render(claim).isEmpty)
            _ = try ContractJSON.encode(ClaimJSON(claim))
        }
        let first = try #require(detail.claims.first?.claim.id)
        _ = try await service.setStatus(of: first, to: .false, note: "checked against the accounts", force: false)
        #expect(try await service.csv().contains("\r\n"))
        #expect(!MarkdownReport.render(try await service.documentDetail(id: detail.document.id ?? 0)).isEmpty)
        _ = try await service.report(documentId: nil, options: .init())
        let json = try await service.json()
        #expect((try JSONSerialization.jsonObject(with: json) as? [Any])?.isEmpty == false)
        let reviews = try await service.claimReviewJSON()
        #expect(try JSONSerialization.jsonObject(with: reviews) is [Any])
        // And the ledger of these numbers reads back and verifies
        let (files, workspace) = try await service.store.ledger()
        let written = try Ledger.export(files, workspace: workspace)
        let contents = try Ledger.read(written)
        #expect(contents.files.first?.claims.count == detail.claims.count)
    }

    @Test func numberTextNeverTraps() async throws {
        let values: [Double] = [
            0, -0.0, 1, -1, 0.005, -0.005, 12.345, 1e15, -1e15, 999_999_999e12, .greatestFiniteMagnitude,
            -.greatestFiniteMagnitude, .leastNonzeroMagnitude, .infinity, -.infinity, .nan, 9_007_199_254_740_992,
        ]
        for value in values {
            _ = NumberText.plain(value)
            _ = NumberText.twoDecimals(value)
        }
        #expect(NumberText.plain(1_500_000) == "1500000")
        #expect(NumberText.plain(-3) == "-3")
        #expect(NumberText.plain(12.4) == "12.4")
        #expect(NumberText.plain(999_999_999e12) == "9.99999999e+20")
        #expect(NumberText.twoDecimals(0.5) == "0.50")
        #expect(NumberText.twoDecimals(-0.2) == "-0.20")
        #expect(NumberText.twoDecimals(-0.001) == "0.00")
        #expect(NumberText.twoDecimals(1e20) == "1e+20")
        #expect(NumberText.twoDecimals(.nan) == "nan")
    }
}
