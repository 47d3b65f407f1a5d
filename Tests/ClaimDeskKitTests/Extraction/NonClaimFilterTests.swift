import Testing

@testable import ClaimDeskExtraction
@testable import ClaimDeskFetch
@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService
@testable import ClaimDeskStore
@testable import ClaimDeskText

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

    @Test func judgementsButNotFactsOfTheSameShape() {
        let en = { (text: String) in
            let s = Array(text.unicodeScalars)
            return NonClaimFilter.isJudgement(
                SentenceAnalysis(s, 0..<s.count, parser: ValueParser(language: .en, documentYear: 2026))
            )
        }
        // What the speaker calls the issue, a degree, an unmeasured role
        #expect(en("It's a question of fairness, nothing more."))
        #expect(en("This is a matter of public health first and foremost."))
        #expect(en("It is a serious concern for us."))
        #expect(en("These jobs are too important to be shipped abroad."))
        #expect(en("Volunteers play a vital role in this town."))
        #expect(NonClaimFilter.isJudgement(Self.analysis("Il s'agit avant tout d'une affaire de sécurité.")))
        #expect(NonClaimFilter.isJudgement(Self.analysis("C'est un sujet très sérieux pour nous.")))
        #expect(NonClaimFilter.isJudgement(Self.analysis("L'enjeu est trop important pour attendre.")))
        #expect(NonClaimFilter.isJudgement(Self.analysis("Les bénévoles jouent un rôle essentiel dans notre commune.")))
        // Facts with the same words
        #expect(!en("The problem is a crack in the main cooling pipe."))
        #expect(!en("The bridge is too narrow for two lorries to pass."))
        #expect(!en("Schools will play a role in the vaccination campaign from May 25."))
        #expect(!en("My issue is that the announcement was rushed."))
        #expect(!en("It is a question of 40 million pounds."))
        #expect(
            !NonClaimFilter.isJudgement(Self.analysis("Le pont est trop étroit pour que deux camions se croisent."))
        )
        #expect(!NonClaimFilter.isJudgement(Self.analysis("Les pharmacies joueront un rôle dans la campagne.")))
        #expect(!NonClaimFilter.isJudgement(Self.analysis("C'est une question de 3 millions d'euros.")))
    }

    @Test func aLongQuoteKeepsItsFactsAndDropsTheJudgements() {
        // Given quotations mixing facts and judgements (the quotes development set's shape)
        let french =
            "« Nous avons ouvert 300 places en crèche depuis janvier. C'est une question de justice sociale. Aucune famille n'a été refusée cet automne », a déclaré la maire, Hélène Roux."
        let english =
            "\"These jobs are too important to be shipped abroad. The plant employs 2,400 people,\" said Grace Mbeki."
        // Then the facts come out, with their speaker, and the judgements do not
        let fr = ClaimExtractor(language: .fr, documentDate: "2026-11-03").extract(from: french)
        #expect(
            fr.map(\.text) == [
                "Nous avons ouvert 300 places en crèche depuis janvier.", "Aucune famille n'a été refusée cet automne",
            ]
        )
        #expect(fr.allSatisfy { $0.speaker == "Hélène Roux" })
        let en = ClaimExtractor(language: .en, documentDate: "2026-09-21").extract(from: english)
        #expect(en.map(\.text) == ["The plant employs 2,400 people"])
        #expect(en.first?.speaker == "Grace Mbeki")
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
        let french =
            "« Nous avons vacciné 12 000 enfants », a déclaré Claire Dubois. « Je remercie chaleureusement les équipes. »"
        // Then only the facts come out
        #expect(
            ClaimExtractor(language: .en).extract(from: english).map(\.text) == [
                "We have recovered 2,300 stolen bicycles"
            ]
        )
        #expect(
            ClaimExtractor(language: .fr).extract(from: french).map(\.text) == ["Nous avons vacciné 12 000 enfants"]
        )
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
