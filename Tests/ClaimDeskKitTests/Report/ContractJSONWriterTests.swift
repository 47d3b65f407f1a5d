import Foundation
import Testing

@testable import ClaimDeskExtraction
@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// The claims' JSON writer gives the same bytes as `JSONEncoder` (the contract's reference), on real claims and on
/// random ones with every awkward string and number.
@Suite struct ContractJSONWriterTests {
    static func expectSame(_ claims: [ClaimJSON], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let reference = try ContractJSON.foundation(claims)
        let fast = ContractJSON.fast(claims)
        #expect(fast == reference, sourceLocation: sourceLocation)
        if fast != reference {
            let a = Array(fast.utf8)
            let b = Array(reference.utf8)
            let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let from = max(0, at - 80)
            Issue.record(
                "first difference at byte \(at): «\(String(decoding: a[from..<min(a.count, at + 80)], as: UTF8.self))» vs «\(String(decoding: b[from..<min(b.count, at + 80)], as: UTF8.self))»",
                sourceLocation: sourceLocation
            )
        }
    }

    @Test func theWorkedExampleAndTheDevelopmentSetAreWrittenAsJSONEncoderWritesThem() throws {
        let (_, example) = try ExampleArticleTests.claims()
        try Self.expectSame(example.map(ClaimJSON.init))
        for name in ["en", "fr", "en-fresh", "fr-fresh", "en-quotes", "fr-quotes"] {
            let url = try FixtureLoader.url("devset/\(name).json")
            let passages = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]] ?? []
            #expect(!passages.isEmpty, "\(name)")
            let language: Language = name.hasPrefix("fr") ? .fr : .en
            for passage in passages {
                let text = passage["text"] as? String ?? ""
                let claims = ClaimExtractor(language: language, documentDate: passage["date"] as? String)
                    .extract(from: text)
                try Self.expectSame(claims.map(ClaimJSON.init))
            }
        }
        try Self.expectSame([])
    }

    @Test func claimsWrittenInPartsJoinToTheSameBytes() throws {
        let (_, example) = try ExampleArticleTests.claims()
        var random = NumberPropertyTests.SplitMix(state: 41)
        let many = (0..<700).map { _ in Self.claim(&random) }
        for claims in [[], example.map(ClaimJSON.init), many, Array(repeating: many, count: 3).flatMap { $0 }] {
            let reference = Array(ContractJSON.fast(claims).utf8) as [UInt8]
            for parts in [1, 2, 3, 7] {
                // Even shares, and shares cut by a cost that puts most of the weight on the first claims.
                let even = ContractJSON.encodeClaims(claims, parts: parts) { $0 }
                var index = 0
                let skewed = ContractJSON.encodeClaims(
                    claims,
                    parts: parts,
                    cost: { _ in
                        index += 1
                        return index < 20 ? 500 : 1
                    },
                    as: { $0 }
                )
                #expect(even.flatMap { $0 } == reference, "\(claims.count) claims in \(parts) parts")
                #expect(skewed.flatMap { $0 } == reference, "\(claims.count) claims in \(parts) skewed parts")
                #expect(even.count == max(1, min(parts, claims.count / 256)))
            }
        }
    }

    @Test func storedClaimsWithIdsSourcesAndLinksToo() async throws {
        let service = try ClaimDeskService.inMemory()
        let text = "Unemployment fell to 5.2% in 2025, the minister said. Prices rose by 12% in March 2026."
        for origin in ["a.txt", "b.txt"] {
            _ = try await service.ingest(
                [.bytes(Array((text + (origin == "b.txt" ? " Exports grew." : "")).utf8), origin: origin)],
                metadata: DocumentMetadata(lang: .en)
            )
        }
        let all = try await service.claims()
        let first = try #require(all.first?.claim.id)
        _ = try await service.addSource(
            SourceDraft(claimId: first, url: "https://example.org/a/b?c=1", stance: .supports, excerpt: "fell to 5.2%")
        )
        let stored = try await service.claims().map(ClaimJSON.init)
        #expect(stored.contains { !$0.linked.isEmpty } || stored.count >= 2)
        #expect(stored.contains { $0.sources == 1 })
        try Self.expectSame(stored)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomClaims(seed: UInt64) throws {
        var random = NumberPropertyTests.SplitMix(state: seed)
        let claims = (0..<150).map { _ in Self.claim(&random) }
        try Self.expectSame(claims)
        // One claim alone (`claims show --json`) too
        #expect(try ContractJSON.encode(claims[0]) == ContractJSON.foundation(claims[0]))
    }

    /// A string with what JSON must escape and what it must not: quotes, backslashes, every control character,
    /// slashes, DEL, accents, emoji, combining marks, line and paragraph separators.
    static func string(_ random: inout NumberPropertyTests.SplitMix) -> String {
        let pieces = [
            "a", "Z", " ", "\"", "\\", "/", "\u{7F}", "é", "ç", "😀", "q\u{0307}", "\u{2028}", "\u{2029}", "«", "»",
            "\u{FEFF}", "<", "&", "'", "0", "9", "%", "€",
        ]
        let count = Int.random(in: 0...12, using: &random)
        return (0..<count).map { _ -> String in
            if Int.random(in: 0..<5, using: &random) == 0 {
                return String(Unicode.Scalar(UInt8.random(in: 0..<0x20, using: &random)))
            }
            return pieces.randomElement(using: &random) ?? "a"
        }
        .joined()
    }

    static func double(_ random: inout NumberPropertyTests.SplitMix) -> Double {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return Double(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 1: return Double.random(in: -1...1, using: &random)
        case 2:
            return [0, -0.0, 1e16, 2e15, 9_007_199_254_740_992, 1e-7, 1e22, 5e-324, .greatestFiniteMagnitude]
                .randomElement(using: &random) ?? 0
        case 3: return Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF)
        case 4: return Double(Int.random(in: 0...10_000, using: &random)) / 100
        default: return Double.random(in: -1e12...1e12, using: &random)
        }
    }

    static func claim(_ random: inout NumberPropertyTests.SplitMix) -> ClaimJSON {
        func maybe<T>(_ value: T, _ random: inout NumberPropertyTests.SplitMix) -> T? {
            Bool.random(using: &random) ? value : nil
        }
        var claim = ClaimJSON(
            ExtractedClaim(
                text: string(&random),
                type: ClaimType.allCases.randomElement(using: &random) ?? .other,
                score: double(&random),
                hedged: Bool.random(using: &random),
                speaker: maybe(string(&random), &random),
                numbers: [],
                dates: [],
                occurrences: [],
                signals: [],
                fingerprint: ""
            )
        )
        claim.id = maybe("c\(random.next() % 1000)", &random)
        claim.document = maybe("d\(random.next() % 1000)", &random)
        claim.originalText = string(&random)
        claim.status = ClaimStatus.allCases.randomElement(using: &random) ?? .unverified
        claim.speakerKind = maybe(SpeakerKind.allCases.randomElement(using: &random) ?? .person, &random)
        claim.hedge = maybe(string(&random), &random)
        claim.method = string(&random)
        claim.sources = Int.random(in: 0...5, using: &random)
        claim.numbers = (0..<Int.random(in: 0...3, using: &random)).map { _ in
            NumberValue(
                value: double(&random),
                unit: maybe(string(&random), &random),
                text: string(&random),
                range: maybe(NumberRange(from: double(&random), to: double(&random)), &random),
                sign: maybe(Bool.random(using: &random) ? "+" : "-", &random)
            )
        }
        claim.dates = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            DateValue(value: string(&random), text: string(&random))
        }
        claim.signals = (0..<Int.random(in: 0...4, using: &random)).map { _ in
            Signal(name: string(&random), weight: double(&random))
        }
        claim.occurrences = (0..<Int.random(in: 0...3, using: &random)).map { _ in
            ClaimJSON.OccurrenceJSON(
                document: maybe("d\(random.next() % 100)", &random),
                start: Int.random(in: 0...100_000, using: &random),
                end: Int.random(in: 0...100_000, using: &random),
                exact: string(&random),
                prefix: string(&random),
                suffix: string(&random)
            )
        }
        claim.linked = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            ClaimJSON.LinkJSON(claim: "c\(random.next() % 100)", reason: string(&random), score: double(&random))
        }
        return claim
    }
}
