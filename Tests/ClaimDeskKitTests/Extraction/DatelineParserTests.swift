import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct DatelineParserTests {
    @Test(arguments: [
        (" date 2026-03-09 Caitlin Kalinowski a annoncé", "2026-03-09"),
        ("9 mars 2026 — Le gouvernement a annoncé", "2026-03-09"),
        ("March 9, 2026 - The company said", "2026-03-09"),
        ("2026-03-09 Le texte", "2026-03-09"),
        ("Publié le 9 mars 2026 : la ville", "2026-03-09"),
    ])
    func recognisesDatelines(_ text: String, _ expected: String) {
        #expect(DatelineParser.publicationDate(in: text) == expected)
    }

    @Test(arguments: [
        "Le 9 mars 2026, le gouvernement a annoncé un plan.",
        "Caitlin Kalinowski a annoncé sa démission le 2026-03-09.",
        "",
        "En 2023, rien.",
    ])
    func ignoresOrdinaryOpenings(_ text: String) async {
        #expect(DatelineParser.publicationDate(in: text) == nil)
    }
}
