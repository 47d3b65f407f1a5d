import Testing

@testable import ClaimDeskExtraction
@testable import ClaimDeskFetch
@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService
@testable import ClaimDeskStore
@testable import ClaimDeskText

/// The speaker finder on its own: the sentences before the last one are observed (names, roles, organisations),
/// then the speaker of the last one is read.
@Suite struct SpeakerFinderTests {
    static func speaker(_ text: String, _ language: Language = .fr) -> Speaker? {
        let s = Array(text.unicodeScalars)
        let sentences = SentenceSegmenter(language: language).ranges(in: s)
        var tracker = PersonTracker()
        for sentence in sentences.dropLast() { tracker.observe(s, Tokenizer.tokens(s, sentence)) }
        guard let last = sentences.last else { return nil }
        return SpeakerFinder.speaker(s, Tokenizer.tokens(s, last), tracker)
    }

    @Test(arguments: [
        ("Selon les données provisoires de la Dares, le chômage a reculé.", "Dares", SpeakerKind.organisation),
        (
            "Le nombre de cas a doublé, indique le bulletin hebdomadaire de l'ARS.", "bulletin hebdomadaire de l'ARS",
            .document
        ),
        ("Il a été mis en examen, a-t-on appris de source judiciaire.", "source judiciaire", .anonymous),
        ("Selon une source proche du dossier, le contrat a été signé.", "source proche du dossier", .anonymous),
        ("Le parquet de Lyon a précisé que deux hommes ont été arrêtés.", "parquet de Lyon", .organisation),
        ("La route restera fermée, a fait savoir la préfecture.", "préfecture", .organisation),
        ("Bruno Le Maire a affirmé que le déficit baissera.", "Bruno Le Maire", .person),
        // A role the lexicon does not know, then the name (the quotes development set)
        ("Le pont est fermé, a souligné l'ingénieur départemental, Yves Marchal.", "Yves Marchal", .person),
        ("La Cour des comptes estime que le coût a doublé.", "Cour des comptes", .organisation),
        (
            "Jean-Luc Moreau, le président de la chambre d'agriculture, a estimé que les pertes étaient lourdes.",
            "Jean-Luc Moreau", .person
        ),
        ("« Le club a perdu de l'argent », a déclaré le président du club, Henri Vidal.", "Henri Vidal", .person),
        // An institutional adjective then a coordinated complement; an inverted subject the lexicon does not know
        (
            "Le feu a détruit dix hectares, a indiqué le service départemental d'incendie et de secours.",
            "service départemental d'incendie et de secours", .organisation
        ),
        ("Les ventes ont chuté de 14 %, a annoncé l'interprofession.", "interprofession", .organisation),
    ])
    func french(_ text: String, _ name: String, _ kind: SpeakerKind) {
        // Given an attributed French sentence, When its speaker is read, Then it is the source as written
        #expect(Self.speaker(text, .fr) == Speaker(name: name, kind: kind))
    }

    @Test(arguments: [
        (
            "The Office for National Statistics estimated that unemployment rose.", "Office for National Statistics",
            SpeakerKind.organisation
        ),
        ("Airbus on Tuesday said it would deliver 820 aircraft.", "Airbus", .organisation),
        ("Several Democrats contend the measure is too costly.", "Several Democrats", .person),
        (
            "Shares may fall, the Financial Times reported, citing three people briefed on the talks.",
            "Financial Times", .organisation
        ),
        (
            "Dr. Anne Martin, director of the agency's immunisation centre, said the vaccine works.", "Anne Martin",
            .person
        ),
        ("Judge John Smith, who handed down the ruling, said the firm had lied.", "John Smith", .person),
        ("Ursula von der Leyen told lawmakers the bloc would spend more.", "Ursula von der Leyen", .person),
        (
            "The deal was worth $1.4 billion, a source close to the negotiations said.",
            "source close to the negotiations", .anonymous
        ),
        (
            "It will cut jobs, according to people familiar with the matter.", "people familiar with the matter",
            .anonymous
        ),
        ("The agency's annual report shows emissions fell.", "agency's annual report", .document),
        ("The prosecutor's office said the suspect was arrested.", "prosecutor's office", .organisation),
        ("Revenue fell, the company said.", "company", .organisation),
        // A title before the name after the verb, with or without its period (the quotes development set)
        ("The clinic treated 340 patients, said Dr. Omar Haddad, who runs the clinic.", "Omar Haddad", .person),
        ("The clinic treated 340 patients, said Mr Omar Haddad.", "Omar Haddad", .person),
    ])
    func english(_ text: String, _ name: String, _ kind: SpeakerKind) {
        #expect(Self.speaker(text, .en) == Speaker(name: name, kind: kind))
    }

    @Test func rolesAndPronounsResolveToThePersonNamedBefore() {
        // Given a person introduced with a role, When a later sentence uses the role or a pronoun
        let role = "Finance Minister Rachel Stone unveiled the budget. The minister said borrowing would fall."
        let pronoun = "Maria Silva met officials from the National Health Service. She said waiting lists had grown."
        let french =
            "Le ministre de l'Économie, Antoine Durand, a présenté un plan. Le ministre de l'Économie a ajouté que la TVA ne changera pas."
        // Then the speaker is that person, not the agency's last capitalised words
        #expect(Self.speaker(role, .en) == Speaker(name: "Rachel Stone", kind: .person))
        #expect(Self.speaker(pronoun, .en) == Speaker(name: "Maria Silva", kind: .person))
        #expect(Self.speaker(french, .fr) == Speaker(name: "Antoine Durand", kind: .person))
    }

    @Test func itResolvesToTheLastOrganisationAndAGenericCompanyToTheLastCompany() {
        let it = "The European Central Bank held rates on Thursday. It said inflation would ease."
        let company = "OpenAI a défendu cet accord. L'entreprise a réaffirmé ses lignes rouges."
        #expect(Self.speaker(it, .en) == Speaker(name: "European Central Bank", kind: .organisation))
        #expect(Self.speaker(company, .fr) == Speaker(name: "OpenAI", kind: .organisation))
    }

    @Test func aRoleWithNoOneNamedStaysAsWritten() {
        #expect(Self.speaker("The minister said the plan was funded.", .en) == Speaker(name: "minister", kind: .person))
        #expect(Self.speaker("Prices rose sharply in the spring.", .en) == nil)
    }
}
