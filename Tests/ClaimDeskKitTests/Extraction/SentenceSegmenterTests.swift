import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// One pySBD golden rule.
struct GoldenRule: Decodable, CustomTestStringConvertible, Sendable {
    var id: String
    var lang: String
    var rule: String?
    var text: String
    var expected: [String]
    var testDescription: String { "\(id) \(rule ?? "")" }

    static func all() throws -> [GoldenRule] {
        let text = try FixtureLoader.text("sbd-golden/golden_rules.jsonl")
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { try decoder.decode(GoldenRule.self, from: Data($0.utf8)) }
    }
}

@Suite struct SentenceSegmenterTests {
    static let rules: [GoldenRule] = (try? GoldenRule.all()) ?? []

    @Test func goldenRulesFixtureHasAllCases() async {
        // Given the shipped fixture, Then it holds the 48 English and 5 French cases
        #expect(Self.rules.filter { $0.lang == "en" }.count == 48)
        #expect(Self.rules.filter { $0.lang == "fr" }.count == 5)
    }

    @Test(arguments: rules) func goldenRule(_ rule: GoldenRule) async {
        // Given a golden rule text
        let segmenter = SentenceSegmenter(language: rule.lang == "fr" ? .fr : .en)
        // When it is segmented
        let sentences = segmenter.segment(rule.text).map(\.exact)
        // Then the sentences are the expected ones
        #expect(sentences == rule.expected)
    }

    @Test(arguments: [
        (
            "M. Dupont est arrivé. Mme Martin aussi.",
            ["M. Dupont est arrivé.", "Mme Martin aussi."]
        ),
        (
            "Environ 1,5 million d'abonnés sont partis. Le taux est de 2.3 %.",
            ["Environ 1,5 million d'abonnés sont partis.", "Le taux est de 2.3 %."]
        ),
        (
            "Il a livré GPT-5.1 et 5.3-Codex. Puis o1 est sorti.",
            ["Il a livré GPT-5.1 et 5.3-Codex.", "Puis o1 est sorti."]
        ),
        (
            "Elle a écrit : « J'ai démissionné. Je suis fière. » Puis elle est partie.",
            ["Elle a écrit : « J'ai démissionné.", "Je suis fière. »", "Puis elle est partie."]
        ),
        (
            "« Nous verrons », a-t-il dit. Voir https://exemple.fr/a.html. Écrire à jean.dupont@exemple.fr. Merci.",
            [
                "« Nous verrons », a-t-il dit.", "Voir https://exemple.fr/a.html.", "Écrire à jean.dupont@exemple.fr.",
                "Merci.",
            ]
        ),
        (
            "Premier paragraphe sans point\nDeuxième paragraphe.",
            ["Premier paragraphe sans point", "Deuxième paragraphe."]
        ),
        (
            "La société (fondée en 1998. Elle est cotée) publie ses comptes.",
            ["La société (fondée en 1998.", "Elle est cotée) publie ses comptes."]
        ),
        (
            "Le Dr Martin et le Pr. Durand, de l'U.E., sont d'accord… Ils l'ont dit le 3 oct. 2026.",
            ["Le Dr Martin et le Pr. Durand, de l'U.E., sont d'accord…", "Ils l'ont dit le 3 oct. 2026."]
        ),
    ])
    func frenchShapes(_ text: String, _ expected: [String]) {
        // Given French text with abbreviations, decimals, versions, quotes, URLs and paragraphs
        // When it is segmented
        let sentences = SentenceSegmenter(language: .fr).segment(text).map(\.exact)
        // Then the sentences are the expected ones
        #expect(sentences == expected)
    }

    @Test func offsetsAreCodePointOffsets() async {
        // Given text with multi-scalar characters before a sentence
        let text = "Café 😀 ouvert. Fermé."
        // When
        let spans = SentenceSegmenter(language: .fr).segment(text)
        // Then exact equals the code-point slice
        let scalars = Array(text.unicodeScalars)
        for span in spans {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.exact)
        }
        #expect(spans.map(\.exact) == ["Café 😀 ouvert.", "Fermé."])
    }
}

@Suite struct LongSentenceTests {
    @Test func aRunWithoutSentenceEndsIsCutIntoBoundedPieces() async throws {
        // Given 50 000 words without punctuation (one 300 KB "sentence")
        let text = Array(repeating: "mot", count: 50_000).joined(separator: " ") + " 12 millions en 2025"
        // When segmented
        let spans = SentenceSegmenter(language: .fr).segment(text)
        // Then every piece is bounded, cut between words, and together they cover the text in order
        #expect(spans.count > 50)
        #expect(spans.allSatisfy { $0.end - $0.start <= SentenceSegmenter.maximumSentenceLength })
        #expect(spans.allSatisfy { $0.exact.hasPrefix("mot") || $0.exact.hasPrefix("12") })
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end < $1.start })
        #expect(spans.last?.exact.hasSuffix("12 millions en 2025") == true)
        // And the extractor makes claims of bounded length from it
        let claims = ClaimExtractor(language: .fr).extract(from: text)
        #expect(claims.allSatisfy { $0.text.unicodeScalars.count <= SentenceSegmenter.maximumSentenceLength })
    }
}
