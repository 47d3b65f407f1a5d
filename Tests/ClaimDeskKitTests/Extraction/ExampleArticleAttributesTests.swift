import Testing

@testable import ClaimDeskExtraction
@testable import ClaimDeskFetch
@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService
@testable import ClaimDeskStore
@testable import ClaimDeskText

/// The worked example's attributes from issue 12: feelings inside the long quote, continuing dates, institutional
/// speakers and hedge words.
@Suite struct ExampleArticleAttributesTests {
    @Test func feelingsInsideTheLongQuoteAreNotClaimsButItsFactsAre() throws {
        let (_, claims) = try ExampleArticleTests.claims()
        for feeling in ["Je suis très attaché", "Cette décision n'a pas été facile", "J'ai un profond respect"] {
            #expect(!claims.contains { $0.text.contains(feeling) }, "\(feeling)")
        }
        #expect(claims.contains { $0.text == "J'ai démissionné d'OpenAI." && $0.speaker == "Caitlin Kalinowski" })
    }

    @Test func judgementsInsideTheQuotesAreNotClaimsButTheirCheckableSentencesAre() throws {
        let (_, claims) = try ExampleArticleTests.claims()
        for judgement in [
            "Il s'agit avant tout d'une question de gouvernance", "It's a governance concern first and foremost",
            "Il s'agissait d'une question de principe", "trop importantes pour que", "too important for deals",
            "joue un rôle important",
        ] {
            #expect(!claims.contains { $0.text.contains(judgement) }, "\(judgement)")
        }
        // The quote's checkable sentences stay, in both languages, with their speaker
        for fact in ["l'annonce a été faite précipitamment", "the announcement was rushed"] {
            let claim = try ExampleArticleTests.claim(claims, containing: fact)
            #expect(claim.speaker == "Caitlin Kalinowski")
        }
    }

    @Test func sentencesContinuingFinFevrierCarryItsDate() throws {
        let (_, claims) = try ExampleArticleTests.claims()
        let anthropic = try ExampleArticleTests.claim(claims, containing: "Anthropic a refusé catégoriquement")
        #expect(anthropic.dates.map(\.value) == ["2026-02"])
    }

    @Test func theCompanyAndItsParticipleResolveToOpenAI() throws {
        let (_, claims) = try ExampleArticleTests.claims()
        let reaffirmed = try ExampleArticleTests.claim(claims, containing: "L'entreprise a réaffirmé")
        #expect(reaffirmed.speaker == "OpenAI")
        #expect(reaffirmed.speakerKind == .organisation)
        let defended = try ExampleArticleTests.claim(claims, containing: "OpenAI a défendu cet accord")
        #expect(defended.speaker == "OpenAI")
        // "l'entreprise d'IA dirigée par Sam Altman a annoncé": Altman is the agent, not the speaker
        let departure = try ExampleArticleTests.claim(claims, containing: "Ce départ intervient")
        #expect(departure.speaker == nil)
    }

    @Test func hedgesShowTheirWords() throws {
        let (_, claims) = try ExampleArticleTests.claims()
        let subscribers = try ExampleArticleTests.claim(claims, containing: "1,5 million d'abonnés")
        #expect(subscribers.hedge == "auraient quitté")
        let azure = try ExampleArticleTests.claim(claims, containing: "auraient été accessibles")
        #expect(azure.hedge == "auraient été")
        #expect(azure.speakerKind == .document)
    }
}
