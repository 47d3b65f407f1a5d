import ClaimDeskModel
import ClaimDeskText

/// Which word lists a word belongs to, as bits: one table look-up per word on the hot path instead of one
/// `Set` look-up per list.
struct WordFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    static let hedge = WordFlags(rawValue: 1 << 0)
    static let reporting = WordFlags(rawValue: 1 << 1)
    static let comparison = WordFlags(rawValue: 1 << 2)
    static let comparativeHead = WordFlags(rawValue: 1 << 3)
    static let comparativeTail = WordFlags(rawValue: 1 << 4)
    static let future = WordFlags(rawValue: 1 << 5)
    static let past = WordFlags(rawValue: 1 << 6)
    static let firstPerson = WordFlags(rawValue: 1 << 7)
    static let secondPerson = WordFlags(rawValue: 1 << 8)
    static let opinion = WordFlags(rawValue: 1 << 9)
    static let negation = WordFlags(rawValue: 1 << 10)
    static let numberWord = WordFlags(rawValue: 1 << 11)
    static let superlative = WordFlags(rawValue: 1 << 12)
    static let nameStop = WordFlags(rawValue: 1 << 13)
    static let month = WordFlags(rawValue: 1 << 14)
    static let valueWord = WordFlags(rawValue: 1 << 15)
    static let phraseStart = WordFlags(rawValue: 1 << 16)
    static let connector = WordFlags(rawValue: 1 << 17)
    /// Attribution verbs that name a speaker without being model reporting verbs ("announced", "a fait savoir").
    static let attribution = WordFlags(rawValue: 1 << 18)
    /// Words that can start a number written in words ("deux", "soixante", "a" before "dozen").
    static let cardinal = WordFlags(rawValue: 1 << 19)
    /// Words that may hedge a claim (``HedgeFinder`` runs only on sentences with one, or with a conditionnel).
    static let hedgeCue = WordFlags(rawValue: 1 << 20)
    /// Words of promos, feelings and wishes (``NonClaimFilter`` runs only on sentences with one).
    static let nonClaimCue = WordFlags(rawValue: 1 << 21)
    /// Words that make a capitalised run an organisation (``NameRun/organisationWords``).
    static let organisationWord = WordFlags(rawValue: 1 << 22)
    /// Name particles, lower- or upper-case ("de", "von", "Le") and institution links ("for", "of").
    static let nameParticle = WordFlags(rawValue: 1 << 23)
    /// Titles before a name ("Senator", "Dr") and institution heads ("Cour", "Agence").
    static let nameTitle = WordFlags(rawValue: 1 << 24)
    static let institutionHead = WordFlags(rawValue: 1 << 25)
    /// Common nouns that can head a speaker's noun phrase (organisations, anonymous sources, documents, data, roles).
    static let speakerHead = WordFlags(rawValue: 1 << 26)

    /// The flags of every listed word.
    static let table: HashTable = {
        var table = HashTable(capacity: 4096)
        let lists: [(WordSet, WordFlags)] = [
            (ClaimLexicon.hedgeWords, .hedge), (ClaimLexicon.reportingVerbs, .reporting),
            (ClaimLexicon.comparisonWords, .comparison), (ClaimLexicon.comparativeHeads, .comparativeHead),
            (ClaimLexicon.comparativeTails, .comparativeTail), (ClaimLexicon.futureWords, .future),
            (ClaimLexicon.pastWords, .past), (ClaimLexicon.firstPerson, .firstPerson),
            (ClaimLexicon.secondPerson, .secondPerson), (ClaimLexicon.opinionWords, .opinion),
            (ClaimLexicon.negations, .negation), (ClaimLexicon.numberWords, .numberWord),
            (ClaimLexicon.superlatives, .superlative), (ClaimLexicon.nameStopwords, .nameStop),
            (WordSet(ValueLexicon.months.keys), .month), (ClaimLexicon.connectors, .connector),
            (InstitutionLexicon.attributionVerbs, .attribution), (WordSet(NumberWords.parts.keys), .cardinal),
            (NumberWords.nonArticles, .valueWord), (HedgeFinder.cues, .hedgeCue), (NonClaimFilter.cues, .nonClaimCue),
            (NameRun.organisationWords, .organisationWord), (NameRun.particleWords, .nameParticle),
            (InstitutionLexicon.titles, .nameTitle), (InstitutionLexicon.institutionHeads, .institutionHead),
            (InstitutionLexicon.speakerHeads, .speakerHead),
            (
                // Durations, ages and points need a number, which the sentence then holds anyway.
                WordSet(ValueLexicon.scales.keys).union(
                    ValueLexicon.unitWords.filter { $0.value == "%" || $0.value.uppercased() == $0.value }.keys
                ).union(
                    ValueLexicon.quarterOrdinals.keys
                )
                .union(ValueLexicon.quarterWords).union([ValueLexicon.q, ValueLexicon.t, ValueLexicon.er]),
                .valueWord
            ),
        ]
        for phrase in ClaimLexicon.hedgePhrases {
            if let first = phrase.first { table.insert(first, WordFlags.phraseStart.rawValue) }
        }
        for (words, flag) in lists {
            for word in words { table.insert(word, flag.rawValue) }
        }
        return table
    }()

    /// The flags of a word hash.
    @inline(__always) static func of(_ hash: UInt64) -> WordFlags {
        WordFlags(rawValue: table.get(hash))
    }
}

/// An open-addressing table from word hashes (already well mixed) to flag bits.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    mutating func insert(_ key: UInt64, _ bits: UInt32) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[i] != 0, keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        values[i] |= bits
    }

    @inline(__always) func get(_ key: UInt64) -> UInt32 {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
