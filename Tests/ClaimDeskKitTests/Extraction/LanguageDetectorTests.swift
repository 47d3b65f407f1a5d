import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("L'entreprise a réaffirmé que ses lignes rouges interdisaient l'utilisation de sa technologie.", Language.fr),
        ("Selon Kalinowski, « la surveillance des Américains » n'a pas été débattue.", .fr),
        ("The company said on Friday that it would cut 4,600 jobs.", .en),
        ("To be clear, my issue is that the announcement was rushed.", .en),
        ("", .en),
        ("12 345 678", .en),
    ])
    func detectsLanguage(_ text: String, _ expected: Language) {
        #expect(LanguageDetector.detect(text) == expected)
    }
}
