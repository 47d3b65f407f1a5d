import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite("ExcerptMatcher")
struct ExcerptMatcherTests {
    static let page = """
        Le taux de chômage a reculé à 7,3 % au troisième trimestre, selon l’Insee. C’est la première baisse depuis \
        deux ans, a déclaré la ministre du Travail lors d’une conférence de presse à Paris.

        « Nous avons créé 120 000 emplois en un an », a-t-elle ajouté, en évoquant une amélio-
        ration durable du marché.
        """

    @Test func verbatimExcerptIsExact() async {
        let match = ExcerptMatcher.match(excerpt: "a reculé à 7,3 % au troisième trimestre", in: Self.page)
        #expect(match == ExcerptMatch(kind: .exact))
    }

    @Test(arguments: [
        // case and straight apostrophe
        "LE TAUX DE CHÔMAGE a reculé à 7,3 % au troisième trimestre, selon l'Insee.",
        // diacritics dropped
        "Le taux de chomage a recule a 7,3 % au troisieme trimestre",
        // whitespace and line breaks
        "C’est la première   baisse\ndepuis deux ans",
        // guillemets as straight quotes, without the inner spaces
        "\"Nous avons créé 120 000 emplois en un an\"",
        // hyphenation at a line end folded
        "une amélioration durable du marché",
    ])
    func typographicVariantsAreNormalized(excerpt: String) async {
        #expect(ExcerptMatcher.match(excerpt: excerpt, in: Self.page).kind == .normalized)
    }

    @Test func oneChangedWordInALongExcerptIsFuzzyWithAScore() async throws {
        // Given an excerpt of 17 words where one differs from the page ("annoncé" for "déclaré")
        let excerpt = "C’est la première baisse depuis deux ans, a annoncé la ministre du Travail lors d’une conférence"
        // When it is matched
        let match = ExcerptMatcher.match(excerpt: excerpt, in: Self.page)
        // Then it is fuzzy, with a score above the threshold and below 1
        #expect(match.kind == .fuzzy)
        let score = try #require(match.score)
        #expect(score >= ExcerptMatcher.fuzzyThreshold && score < 1)
    }

    @Test func aChangedNumberIsAbsentEvenWhenTheWordsAlign() async {
        // Given the right sentence with the wrong figure (8,3 instead of 7,3)
        let excerpt = "Le taux de chômage a reculé à 8,3 % au troisième trimestre, selon l’Insee."
        // Then it is not found
        let match = ExcerptMatcher.match(excerpt: excerpt, in: Self.page)
        #expect(match.kind == .absent)
        #expect(!match.isFound)
    }

    @Test func aWeakPartialOverlapIsAbsent() async throws {
        // Given an excerpt sharing only some words with the page
        let excerpt = "La ministre du Travail a démissionné hier soir après une conférence de presse houleuse"
        // Then it is absent, with its (low) best score kept for inspection
        let match = ExcerptMatcher.match(excerpt: excerpt, in: Self.page)
        #expect(match.kind == .absent)
        #expect(try #require(match.score) < ExcerptMatcher.fuzzyThreshold)
    }

    @Test func shortExcerptsNeverMatchFuzzily() async {
        // Given a five-word excerpt with one word changed
        #expect(ExcerptMatcher.match(excerpt: "la première hausse depuis deux", in: Self.page).kind == .absent)
    }

    @Test func emptyExcerptOrPageIsAbsent() async {
        #expect(ExcerptMatcher.match(excerpt: "   ", in: Self.page).kind == .absent)
        #expect(ExcerptMatcher.match(excerpt: "un extrait de plus de six mots ici", in: "").kind == .absent)
    }

    @Test func alignmentScoresAreDiceOverTheAlignedSpan() async {
        // Given a 4-token excerpt aligned against 4 text tokens with one substitution
        let result = ExcerptMatcher.align(["a", "b", "c", "d"], in: ["x", "a", "b", "z", "d", "y"])
        // Then 3 matches over 4 + 4 tokens score 0.75 and the span covers a…d
        #expect(result.score == 0.75)
        #expect(result.range == 1..<5)
    }
}
