import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// The worked example: /work/shared/examples/2026-03-09-openai-pentagon.fr.txt (copied under Fixtures/examples).
@Suite struct ExampleArticleTests {
    static func claims() throws -> (text: String, claims: [ExtractedClaim]) {
        let text = try FixtureLoader.example()
        let language = LanguageDetector.detect(text)
        let date = DatelineParser.publicationDate(in: text)
        return (text, ClaimExtractor(language: language, documentDate: date).extract(from: text))
    }

    static func claim(_ claims: [ExtractedClaim], containing fragment: String) throws -> ExtractedClaim {
        try #require(claims.first { $0.text.contains(fragment) }, "no claim contains «\(fragment)»")
    }

    @Test func articleIsFrenchWithItsDateline() async throws {
        // Given the example article
        let text = try FixtureLoader.example()
        // Then it is detected as French and its dateline gives the publication date
        #expect(LanguageDetector.detect(text) == .fr)
        #expect(DatelineParser.publicationDate(in: text) == "2026-03-09")
    }

    @Test func everyCheckableFactComesOut() async throws {
        // Given the extracted claims
        let (_, claims) = try Self.claims()
        // Then each fact a fact-checker would highlight is a claim
        let facts = [
            "a annoncé sa démission",
            "Elle a invoqué ses inquiétudes",
            "la surveillance des Américains sans contrôle judiciaire",
            "Fin février 2026",
            "Anthropic a refusé catégoriquement",
            "s'est empressé de signer un accord avec le Pentagone",
            "Sam Altman a adressé un message",
            "Vous pensez peut-être que la frappe contre l'Iran",
            "Kalinowski a écrit que la décision de déployer",
            "J'ai démissionné d'OpenAI.",
            "OpenAI a conclu un accord « précipité »",
            "OpenAI a défendu cet accord",
            "Nous reconnaissons que ces questions",
            "Kalinowski a rejoint OpenAI en 2024",
            "my issue is that the announcement was rushed",
            "Le vice-président d'OpenAI avait également quitté",
            "Max Schwarzer, a quitté l'entreprise pour rejoindre Anthropic",
            "Schwarzer a déclaré que bon nombre",
            "modèle d'inférence o1",
            "livrant les modèles GPT-5",
            "environ 1,5 million d'abonnés auraient quitté ChatGPT",
            "Anthropic a déjà rejeté une mise à jour",
            "auraient été accessibles au département américain de la Guerre",
            "via le service Azure OpenAI de Microsoft en 2023",
            "interdisait à l'armée d'utiliser ses modèles",
        ]
        for fact in facts {
            #expect(claims.contains { $0.text.contains(fact) }, "missing: \(fact)")
        }
    }

    @Test func repeatedQuoteIsOneClaimWithThreeOccurrences() async throws {
        // Given the quote repeated twice after "Selon Kalinowski," and once inside "Elle a écrit : « … »"
        let (_, claims) = try Self.claims()
        // When we look for it
        let matching = claims.filter { $0.text.contains("sans contrôle judiciaire et l'autonomie létale") }
        // Then it is one quote claim with three occurrences, spoken by Caitlin Kalinowski
        #expect(matching.count == 1)
        let quote = try #require(matching.first)
        #expect(quote.occurrences.count == 3)
        #expect(quote.type == .quote)
        #expect(quote.speaker == "Caitlin Kalinowski")
        #expect(quote.occurrences.map(\.start) == quote.occurrences.map(\.start).sorted())
    }

    @Test func repeatedSentencesAreOneClaimEach() async throws {
        // Given the paragraph the article repeats
        let (_, claims) = try Self.claims()
        // Then each repeated sentence is one claim with two occurrences
        for fragment in ["a annoncé sa démission", "Elle a invoqué ses inquiétudes"] {
            let matching = claims.filter { $0.text.contains(fragment) }
            #expect(matching.count == 1, "\(fragment)")
            #expect(matching.first?.occurrences.count == 2, "\(fragment)")
        }
    }

    @Test func occurrencesAreExactSlices() async throws {
        // Given the claims and the normalised text
        let (text, claims) = try Self.claims()
        let scalars = Array(text.unicodeScalars)
        // Then every occurrence's exact text is the slice at its offsets, with its context
        for claim in claims {
            for occurrence in claim.occurrences {
                let slice = String(String.UnicodeScalarView(scalars[occurrence.start..<occurrence.end]))
                #expect(slice == occurrence.exact)
                #expect(TextSpan(in: scalars, start: occurrence.start, end: occurrence.end) == occurrence)
            }
        }
        // And claims come in order of first occurrence
        let firsts = claims.compactMap { $0.occurrences.first?.start }
        #expect(firsts == firsts.sorted())
    }

    @Test func hedgedSubscriberFigure() async throws {
        // Given "environ 1,5 million d'abonnés auraient quitté ChatGPT"
        let (_, claims) = try Self.claims()
        let claim = try Self.claim(claims, containing: "1,5 million d'abonnés")
        // Then it is a hedged statistic with the number 1500000
        #expect(claim.type == .statistic)
        #expect(claim.hedged)
        #expect(claim.numbers.map(\.value) == [1_500_000])
    }

    @Test func azureSentenceCarriesItsYear() async throws {
        let (_, claims) = try Self.claims()
        let claim = try Self.claim(claims, containing: "Azure OpenAI")
        #expect(claim.dates.map(\.value) == ["2023"])
        #expect(claim.numbers.isEmpty)
    }

    @Test func quotesCarryTheirSpeaker() async throws {
        let (_, claims) = try Self.claims()
        // "« … », a déclaré Altman à son personnel."
        let altman = try Self.claim(claims, containing: "la frappe contre l'Iran")
        #expect(altman.speaker == "Sam Altman" || altman.speaker == "Altman")
        #expect(altman.type == .quote)
        // "Elle a écrit : « J'ai démissionné d'OpenAI. … »": the pronoun resolves to Kalinowski
        let resigned = try Self.claim(claims, containing: "J'ai démissionné d'OpenAI")
        #expect(resigned.speaker == "Caitlin Kalinowski")
        // "« … », a déclaré OpenAI dans un communiqué."
        let statement = try Self.claim(claims, containing: "Nous reconnaissons que ces questions")
        #expect(statement.speaker == "OpenAI")
        // The continuation quote "« Vous n'avez pas votre mot à dire à ce sujet. »" keeps Altman
        let continuation = try Self.claim(claims, containing: "Vous n'avez pas votre mot à dire")
        #expect(continuation.speaker == altman.speaker)
        // Reported speech: "Schwarzer a déclaré que …"
        let schwarzer = try Self.claim(claims, containing: "Schwarzer a déclaré que")
        #expect(schwarzer.type == .attribution)
        #expect(schwarzer.speaker == "Max Schwarzer")
    }

    @Test func rhetoricalQuestionAndFramesDoNotComeOut() async throws {
        let (_, claims) = try Self.claims()
        #expect(!claims.contains { $0.text.contains("peut-on faire confiance") })
        #expect(!claims.contains { $0.text.hasSuffix("?") })
        #expect(!claims.contains { $0.text.hasPrefix("Elle a ajouté plus tard") })
        #expect(!claims.contains { $0.text.contains("date 2026-03-09") })
    }

    @Test func datesAreNormalised() async throws {
        let (_, claims) = try Self.claims()
        let tweet = try Self.claim(claims, containing: "my issue is that the announcement was rushed")
        #expect(tweet.dates.map(\.value).contains("2026-03-07"))
        #expect(tweet.speaker == "Caitlin Kalinowski")
        let february = try Self.claim(claims, containing: "Fin février 2026")
        #expect(february.dates.map(\.value) == ["2026-02"])
    }

    @Test func modelNamesAreNotNumbers() async throws {
        let (_, claims) = try Self.claims()
        let models = try Self.claim(claims, containing: "GPT-5, 5.1, 5.2 et 5.3-Codex")
        #expect(models.numbers.isEmpty)
        let o1 = try Self.claim(claims, containing: "modèles o1 et o3")
        #expect(o1.numbers.isEmpty)
        // Nothing in the article is a number except the subscriber figure
        let all = claims.flatMap(\.numbers).map(\.value)
        #expect(all == [1_500_000])
    }

    @Test func everyClaimHasAScoreAndSignals() async throws {
        let (_, claims) = try Self.claims()
        for claim in claims {
            #expect((0...1).contains(claim.score))
            #expect(!claim.signals.isEmpty)
            #expect(claim.fingerprint == ClaimFingerprint.of(claim.text))
        }
    }
}
