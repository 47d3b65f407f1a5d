import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// The hedge rules: which words hedge a sentence, and which look like hedges but do not.
@Suite struct HedgeFinderTests {
    static func hedge(_ text: String, _ language: Language) -> String? {
        let s = Array(text.unicodeScalars)
        return HedgeFinder.hedge(s, Tokenizer.tokens(s, 0..<s.count), language: language)
    }

    @Test(arguments: [
        ("Shares may shed another 10% if the deal fails.", Language.en, "may shed"),
        ("A new tariff could be unveiled in November.", .en, "could be"),
        ("The suspect was probably seen as a minor player.", .en, "probably"),
        ("The firm is expected to cut 2,000 jobs.", .en, "is expected to"),
        ("The virus appears to spread faster among children.", .en, "appears to"),
        ("The hacker is believed to have stolen the records.", .en, "is believed to"),
        ("The bank reportedly fined the firm.", .en, "reportedly"),
        ("L'épidémie semble marquer le pas.", .fr, "semble"),
        ("Le gouvernement pourrait annoncer un gel des loyers.", .fr, "pourrait"),
        ("La direction contesterait le montant des indemnités.", .fr, "contesterait"),
        ("Les deux usines fermeraient d'ici l'été.", .fr, "fermeraient"),
        ("La réforme permettrait d'économiser 3 milliards.", .fr, "permettrait"),
        ("Le joueur aurait reçu une offre de 60 millions d'euros.", .fr, "aurait reçu"),
        ("Le gel sera annoncé, selon des sources gouvernementales.", .fr, "selon des sources"),
        ("D'après un rapport, la dette a atteint 3 milliards.", .fr, "D'après un rapport"),
    ])
    func hedges(_ text: String, _ language: Language, _ words: String) {
        // Given a hedged sentence, When the hedge rules run, Then the hedging words are reported as written
        #expect(Self.hedge(text, language) == words)
    }

    @Test(arguments: [
        ("« Ce serait une excellente nouvelle si l'usine rouvrait »", Language.fr),
        ("De source proche de l'enquête, le conducteur roulait à 130 km/h.", .fr),
        ("Selon une source judiciaire, il a été mis en examen.", .fr),
        ("Il a assuré que 120 postes seraient créés d'ici 2027.", .fr),
        ("Bruno Le Maire a affirmé que le déficit atteindrait 5,1 %.", .fr),
        ("Il n'aurait pas dû signer ce contrat.", .fr),
        ("Le portrait du président a été retiré.", .fr),
        ("Le ministre déclarait alors que l'usine rouvrait en mars.", .fr),
        ("The Treasury is set to sell bonds next week.", .en),
        ("Airbus said it would deliver 820 aircraft.", .en),
        ("In May, exports rose.", .en),
    ])
    func notHedges(_ text: String, _ language: Language) {
        #expect(Self.hedge(text, language) == nil)
    }

    @Test func reportedConditionnelPasséStillHedges() {
        // "un rapport a révélé que … auraient été accessibles": unconfirmed, although reported
        let text = "Un rapport a révélé que les modèles auraient été accessibles à l'armée."
        #expect(Self.hedge(text, .fr) == "auraient été")
    }
}
