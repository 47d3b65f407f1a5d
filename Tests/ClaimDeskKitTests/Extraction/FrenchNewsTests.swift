import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// French news shapes from the issue: hedges, reported speech, types, dates.
@Suite struct FrenchNewsTests {
    static let text = """
        Selon des sources proches du dossier, la fusion serait annoncée le 14 novembre 2026.
        D'après un rapport de la Cour des comptes, la dette a atteint 3,2 milliards d'euros fin 2025.
        Le chômage est deux fois plus élevé à Marseille qu'à Lyon, selon l'Insee.
        Le gouvernement a affirmé que la réforme sera appliquée le 1er janvier 2027.
        C'est un pari audacieux !
        Le texte sera examiné au Sénat au premier trimestre 2026.
        Emmanuel Macron a dit que la France était « prête ».
        """

    static func claim(_ fragment: String) throws -> ExtractedClaim {
        let claims = ClaimExtractor(language: .fr, documentDate: "2026-03-09").extract(from: text)
        return try #require(claims.first { $0.text.contains(fragment) }, "no claim with «\(fragment)»")
    }

    @Test func hedgesAndReportedSpeech() async throws {
        let merger = try Self.claim("la fusion serait annoncée")
        #expect(merger.hedged)
        #expect(merger.dates.map(\.value) == ["2026-11-14"])
        let debt = try Self.claim("3,2 milliards d'euros")
        #expect(debt.hedged)
        #expect(debt.type == .statistic)
        #expect(debt.numbers.first?.value == 3_200_000_000)
        #expect(debt.numbers.first?.unit == "EUR")
        let reform = try Self.claim("la réforme sera appliquée")
        #expect(reform.type == .attribution)
        #expect(reform.dates.map(\.value) == ["2027-01-01"])
        let macron = try Self.claim("la France était « prête »")
        #expect(macron.speaker == "Emmanuel Macron")
        #expect(macron.type == .attribution)
    }

    @Test func comparisonPredictionAndJudgement() async throws {
        let unemployment = try Self.claim("deux fois plus élevé")
        #expect(unemployment.type == .comparison)
        #expect(unemployment.speaker == "Insee")
        let senate = try Self.claim("examiné au Sénat")
        #expect(senate.type == .prediction)
        #expect(senate.dates.map(\.value) == ["2026-Q1"])
        let claims = ClaimExtractor(language: .fr, documentDate: "2026-03-09").extract(from: Self.text)
        #expect(!claims.contains { $0.text.contains("pari audacieux") })
    }
}
