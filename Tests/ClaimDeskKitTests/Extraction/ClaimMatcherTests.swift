import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct ClaimMatcherTests {
    /// A stored claim built the way ingest builds it, from the engine's extraction of `text`.
    static func claim(_ text: String, _ language: Language, document: Int64) throws -> Claim {
        let extracted = try #require(
            ClaimExtractor(language: language, documentDate: "2026-03-09").extract(from: text).first
        )
        return Claim(
            documentId: document,
            text: extracted.text,
            type: extracted.type,
            score: extracted.score,
            hedged: extracted.hedged,
            speaker: extracted.speaker,
            numbers: extracted.numbers,
            dates: extracted.dates,
            signals: extracted.signals,
            fingerprint: extracted.fingerprint,
            createdAt: "2026-03-09T10:00:00Z"
        )
    }

    @Test func sameTextMatches() async throws {
        // Given the same sentence in two documents
        let a = try Self.claim("Le Pentagone a eu accès à la technologie d'OpenAI en 2023.", .fr, document: 1)
        let b = try Self.claim("« Le Pentagone a eu accès à la technologie d’OpenAI en 2023. »", .fr, document: 2)
        // Then they match with full score
        #expect(ClaimMatcher.match(b, a)?.score == 1)
    }

    @Test func frenchAgainstEnglishOnFigureAndName() async throws {
        // Given the subscriber figure in French and in English
        let fr = try Self.claim(
            "Environ 1,5 million d'abonnés auraient quitté ChatGPT depuis l'accord.",
            .fr,
            document: 1
        )
        let en = try Self.claim(
            "About 1.5 million subscribers reportedly left ChatGPT after the deal.",
            .en,
            document: 2
        )
        // When matched
        let match = try #require(ClaimMatcher.match(en, fr))
        // Then the reason names the shared number and name
        #expect(match.reason.contains("1500000"))
        #expect(match.reason.contains("chatgpt"))
        #expect(match.score >= 0.6)
    }

    @Test func rewordedSentenceMatchesOnOverlap() async throws {
        let a = try Self.claim(
            "Max Schwarzer a quitté OpenAI pour rejoindre Anthropic, selon son message publié sur X.",
            .fr,
            document: 1
        )
        let b = try Self.claim(
            "Max Schwarzer a quitté OpenAI pour rejoindre Anthropic, a-t-il annoncé sur X.",
            .fr,
            document: 2
        )
        let match = try #require(ClaimMatcher.match(b, a))
        #expect(match.reason.hasPrefix("word overlap"))
    }

    @Test func conflictingFiguresAndWeakEvidenceDoNotMatch() async throws {
        // Different figures about the same thing are not the same claim
        let a = try Self.claim("Environ 1,5 million d'abonnés auraient quitté ChatGPT.", .fr, document: 1)
        let b = try Self.claim("Environ 2 millions d'abonnés auraient quitté ChatGPT.", .fr, document: 2)
        #expect(ClaimMatcher.match(b, a) == nil)
        // A shared year and one name are weak evidence
        let c = try Self.claim("Kalinowski a rejoint OpenAI en 2024.", .fr, document: 1)
        let d = try Self.claim("OpenAI a présenté un nouveau modèle de langage en 2024.", .fr, document: 2)
        #expect(ClaimMatcher.match(d, c) == nil)
        // Unrelated claims do not match
        let e = try Self.claim("Le Pentagone a eu accès à la technologie d'OpenAI en 2023.", .fr, document: 1)
        let f = try Self.claim("Anthropic a refusé de lever ses garde-fous éthiques en 2026.", .fr, document: 2)
        #expect(ClaimMatcher.match(f, e) == nil)
    }
}
