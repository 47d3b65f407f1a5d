import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// What is not a claim: headlines, bylines and datelines, promos, feelings and wishes inside quotations; and the
/// claim types the builder gives what remains.
@Suite struct NonClaimFilterTests {
    /// The kind of `line` followed by `next` (a body sentence by default; nil: the last line).
    static func kind(_ line: String, next: String? = "The body of the article starts here.") -> NonClaimFilter.LineKind
    {
        let s = Array((line + "\n" + (next ?? "")).unicodeScalars)
        let n = line.unicodeScalars.count
        return NonClaimFilter.lineKind(s, 0..<n, next: next == nil ? nil : (n + 1)..<s.count)
    }

    static func analysis(_ text: String) -> SentenceAnalysis {
        let s = Array(text.unicodeScalars)
        return SentenceAnalysis(s, 0..<s.count, parser: ValueParser(language: .fr, documentYear: 2026))
    }

    @Test func linesThatAreNotBodyText() {
        #expect(Self.kind("Inflation eases to 2.1% in October") == .headline)
        #expect(Self.kind("Réforme des retraites : ce qui change au 1er septembre") == .headline)
        #expect(Self.kind("Reuters, June 3, 2026") == .headline)
        #expect(Self.kind("By Tom Hill and Sara Kim") == .byline)
        #expect(Self.kind("Par Claire Martin") == .byline)
        // Body text: a sentence, a last line, a list item, a long line
        #expect(Self.kind("Le déficit a atteint 5,8 % du PIB en 2025.") == .body)
        #expect(Self.kind("Le déficit a atteint 5,8 % du PIB", next: nil) == .body)
        #expect(Self.kind("Reuters, June 3, 2026", next: "By Tom Hill") == .headline)
        // A short line followed by another short unpunctuated line (a post) is body text
        #expect(Self.kind("Macron a vendu la France", next: "Partagez avant suppression") == .body)
        #expect(Self.kind("- 1,5 million d'abonnés") == .body)
        #expect(
            Self.kind(
                "By the end of the year the company will have cut its workforce by half and closed three of its five plants"
            ) == .body
        )
    }

    @Test func promos() {
        let s1 = Array("Notre rédaction fait le point en quatre graphiques.".unicodeScalars)
        let s2 = Array("Watch our live coverage on the app.".unicodeScalars)
        let s3 = Array("Notre pays a perdu 3 % de croissance.".unicodeScalars)
        #expect(NonClaimFilter.isPromo(s1, Tokenizer.tokens(s1, 0..<s1.count)))
        #expect(NonClaimFilter.isPromo(s2, Tokenizer.tokens(s2, 0..<s2.count)))
        #expect(!NonClaimFilter.isPromo(s3, Tokenizer.tokens(s3, 0..<s3.count)))
    }

    @Test func feelingsAndWishesButNotFacts() {
        #expect(NonClaimFilter.isFeeling(Self.analysis("Je suis très attaché à l'équipe.")))
        #expect(NonClaimFilter.isFeeling(Self.analysis("Cette décision n'a pas été facile à prendre.")))
        #expect(NonClaimFilter.isFeeling(Self.analysis("J'ai un profond respect pour les agriculteurs.")))
        #expect(NonClaimFilter.isWish(Self.analysis("Ce serait une excellente nouvelle si l'usine rouvrait.")))
        #expect(!NonClaimFilter.isFeeling(Self.analysis("J'ai démissionné d'OpenAI.")))
        #expect(!NonClaimFilter.isFeeling(Self.analysis("Je suis fier des 400 millions d'euros débloqués.")))
    }

    @Test func aLongQuoteKeepsItsFactsAndDropsTheFeelings() {
        // Given a three-sentence quotation with two feelings and one fact
        let text =
            "« Cette décision n'a pas été facile à prendre. Je suis très attaché à l'équipe. Le club a perdu 25 millions d'euros », a déclaré Henri Vidal."
        let claims = ClaimExtractor(language: .fr, documentDate: "2026-12-17").extract(from: text)
        // Then only the fact comes out, with its speaker
        #expect(claims.map(\.text) == ["Le club a perdu 25 millions d'euros"])
        #expect(claims.first?.speaker == "Henri Vidal")
    }

    @Test func aOneSentenceQuoteOfThanksIsNoClaimButTheQuotedFactBeforeItIs() {
        // Given a fact quoted, then thanks quoted on their own (the fresh development set's enf-08 / frf-08 shape)
        let english =
            "\"We have recovered 2,300 stolen bicycles,\" said Inspector Ruth Adeyemi. \"I want to thank everyone who came forward.\""
        let french = "« Nous avons vacciné 12 000 enfants », a déclaré Claire Dubois. « Je remercie chaleureusement les équipes. »"
        // Then only the facts come out
        #expect(ClaimExtractor(language: .en).extract(from: english).map(\.text) == ["We have recovered 2,300 stolen bicycles"])
        #expect(ClaimExtractor(language: .fr).extract(from: french).map(\.text) == ["Nous avons vacciné 12 000 enfants"])
    }

    @Test func aHeadlineIsLinkedToTheBodyClaimItRepeats() throws {
        let text =
            "Inflation eases to 2.1% in October\nBy Jane Doe\nBritish inflation eased to 2.1% in October from 2.4% in September, the statistics office said."
        let claims = ClaimExtractor(language: .en, documentDate: "2026-11-19").extract(from: text)
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.occurrences.map(\.exact).first == "Inflation eases to 2.1% in October")
        #expect(claim.occurrences.count == 2)
        #expect(claim.signals.contains { $0.name == "headline" })
    }

    @Test(arguments: [
        ("Le chômage a reculé de 0,2 point.", ClaimType.statistic),
        ("Le chômage est deux fois plus élevé à Marseille qu'à Lyon.", .comparison),
        ("Selon l'Insee, le chômage recule.", .attribution),
        ("Le texte sera examiné au Sénat.", .prediction),
        ("Le Sénat a adopté le texte en 2024.", .event),
    ])
    func types(_ text: String, _ type: ClaimType) throws {
        let claims = ClaimExtractor(language: .fr, documentDate: "2026-03-09").extract(from: text)
        #expect(try #require(claims.first).type == type)
    }

    @Test func aSentenceWithAnEmbeddedQuoteIsKeptWhole() throws {
        let text = "Selon la gendarmerie, un homme âgé de 45 ans « a été retrouvé sans vie » dans la forêt de Chaux."
        let claims = ClaimExtractor(language: .fr, documentDate: "2026-08-05").extract(from: text)
        let claim = try #require(claims.first)
        #expect(claim.text == text)
        #expect(claim.speaker == "gendarmerie")
        #expect(claim.speakerKind == .organisation)
    }
}
