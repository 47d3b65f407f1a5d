import ClaimDeskModel
import ClaimDeskText

/// Word lists the claim analysis consults, French and English, as word hashes.
enum ClaimLexicon {
    /// Single words that hedge a statement (French conditionnel of report, "reportedly").
    static let hedgeWords = WordHash.set([
        "aurait", "auraient", "serait", "seraient", "pourrait", "pourraient", "semblerait", "sembleraient",
        "prétendument", "présumé", "présumée", "présumés", "présumées", "supposément", "apparemment",
        "vraisemblablement", "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "rumored",
        "rumoured", "unconfirmed", "reputedly", "alleged", "possiblement", "probablement",
    ])

    /// Multi-word hedges, as sequences of word hashes (punctuation ignored).
    static let hedgePhrases: [[UInt64]] = [
        "selon des sources", "selon plusieurs sources", "selon certaines sources", "de source proche",
        "de sources proches", "selon nos informations", "selon des informations", "d' après un rapport",
        "selon un rapport", "d' après des sources", "d' après plusieurs sources", "selon la presse",
        "according to people familiar", "according to sources", "according to a report", "people familiar with",
        "sources said", "sources say", "is said to", "are said to", "is believed to", "are believed to",
        "according to reports", "il semble que", "it is claimed", "sources close to",
    ].map { phrase in phrase.split(separator: " ").map { WordHash.of(String($0)) } }

    /// For each first word of ``hedgePhrases``, the phrases it starts, as bits (phrase `k` is bit `k`).
    static let hedgePhraseStarts: HashTable = {
        precondition(hedgePhrases.count <= 32, "hedgePhraseStarts holds the phrases as the bits of a UInt32")
        var table = HashTable(capacity: hedgePhrases.count)
        for (k, phrase) in hedgePhrases.enumerated() { table.insert(phrase[0], 1 << UInt32(k)) }
        return table
    }()

    /// Words that undo a conditionnel hedge: "n'aurait pas dû" is counterfactual, not reported.
    static let counterfactual = WordHash.set(["dû", "du", "pu"])

    /// Reporting verbs and markers of reported speech.
    static let reportingVerbs = WordHash.set([
        "affirmé", "déclaré", "dit", "expliqué", "indiqué", "écrit", "assuré", "estimé", "souligné", "précisé",
        "ajouté", "révélé", "rapporté", "reconnu", "admis", "nié", "démenti", "averti", "prévenu", "confié",
        "raconté", "jugé", "martelé", "insisté", "réaffirmé", "dénoncé", "accusé", "promis", "confirmé", "répondu",
        "affirme", "déclare", "estime", "assure", "explique", "indique", "révèle", "rapporte", "soutient",
        "affirmant", "estimant", "déclarant", "expliquant", "assurant", "soulignant", "qualifiant", "confirme",
        "affirment", "estiment", "assurent", "expliquent", "indiquent", "selon", "said", "says", "say", "told",
        "tells", "according", "claimed", "claims", "claim", "stated", "wrote", "writes", "added", "reported",
        "argued", "argues", "insisted", "noted", "explained", "warned", "admitted", "denied", "alleged",
        "testified", "tweeted", "confirmed", "revealed", "acknowledged", "suggested",
    ])

    /// Markers that introduce a source: "selon X", "d'après X", "according to X".
    static let sourceMarkers = WordHash.set(["selon", "according", "après"])

    /// Auxiliaries between a subject and a participle.
    static let auxiliaries = WordHash.set([
        "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient", "has", "have",
        "had", "is", "was", "were", "are", "also", "également", "aussi", "n'", "ne", "pas", "déjà", "already",
        "then", "later", "publicly", "publiquement", "plus", "tard", "récemment", "recently",
    ])

    /// Pronouns resolved to the last named person.
    static let personPronouns = WordHash.set(["il", "elle", "he", "she"])

    /// Capitalised words that never start a name.
    static let nameStopwords = WordHash.set([
        "selon", "dans", "le", "la", "les", "de", "du", "des", "un", "une", "lors", "depuis", "chez", "pour",
        "mais", "et", "si", "il", "elle", "ils", "elles", "ce", "cette", "ces", "son", "sa", "ses", "en", "au", "aux",
        "après", "avant", "d'", "l'", "the", "a", "an", "in", "on", "at", "for", "but", "and", "according", "when",
        "while", "as", "it", "he", "she", "they", "we", "this", "that", "these", "those", "mr", "mrs", "ms", "dr",
        "m", "mme", "récemment", "fin", "début", "par", "sur", "avec", "sans", "qui", "que", "quand", "bien",
        "nous", "vous", "je", "j'", "on", "to", "of", "by", "with", "from", "there", "here", "if", "ce", "c'",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "pdg", "ceo", "i", "my", "our", "your", "qu'",
        "d'un", "pendant", "durant", "contre", "entre", "vers", "alors", "ainsi", "donc", "or", "ni", "car",
        "tout", "tous", "toute", "toutes", "aucun", "aucune", "chaque", "plusieurs", "certains", "not", "no",
        "to", "so", "what", "why", "how", "who", "where", "l", "d", "s'", "n'", "quelques", "peu",
    ])

    /// Words that mark an organisation rather than a person in a capitalised name.
    static let organisationWords = WordHash.set([
        "platforms", "inc", "corp", "group", "groupe", "department", "ministry", "ministère", "service", "house",
        "university", "université", "company", "bank", "banque", "news", "times", "post", "agency", "agence",
        "council", "conseil", "office", "institute", "institut", "foundation", "fondation", "party", "parti",
        "union", "nations", "states", "court", "cour", "senate", "sénat", "assemblée", "assembly", "committee",
        "commission", "federal", "national", "nationale", "openai", "azure", "microsoft", "google", "meta",
        "apple", "amazon", "twitter", "linkedin", "chatgpt", "pentagon", "pentagone", "anthropic",
    ])

    /// Comparison markers.
    static let comparisonWords = WordHash.set([
        "than", "compared", "comparé", "comparée", "comparativement", "davantage", "doublé", "triplé", "halved",
        "doubled", "tripled", "twice", "fois", "record", "highest", "lowest", "largest", "biggest", "smallest",
        "most", "least", "moitié", "half",
    ])
    static let comparativeHeads = WordHash.set(["plus", "moins", "autant", "more", "less", "fewer"])
    static let comparativeTails = WordHash.set(["que", "qu'", "de", "d'", "than"])

    /// Future and prediction markers.
    static let futureWords = WordHash.set([
        "sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront", "pourra", "pourront", "devra",
        "devront", "devrait", "devraient", "va", "vont", "prévoit", "prévoient", "prévu", "prévue", "will",
        "won't", "shall", "expected", "forecast", "forecasts", "projected", "predicts", "predicted", "prévision",
        "prévisions", "d'ici", "expect", "expects", "anticipate", "anticipates", "attend", "attendent", "table",
        "livrera", "continuera", "continuerons", "atteindra", "atteindront", "augmentera",
        "baissera", "coûtera", "going", "plans", "plan", "projette", "envisage", "compte",
    ])

    /// Past-tense auxiliaries and markers of a reported event.
    static let pastWords = WordHash.set([
        "a", "ont", "avait", "avaient", "fut", "furent", "was", "were", "had", "did", "has", "have", "been", "été",
        "ago", "hier", "yesterday", "dernier", "dernière", "last",
    ])

    /// First person ("I", "we", "je", "nous").
    static let firstPerson = WordHash.set([
        "i", "we", "me", "my", "our", "us", "je", "j'", "nous", "moi", "mon", "ma", "mes", "notre", "nos",
    ])
    static let secondPerson = WordHash.set(["you", "your", "vous", "votre", "vos", "tu", "ton", "ta", "tes"])

    /// Words of opinion, feeling and value judgement.
    static let opinionWords = WordHash.set([
        "think", "believe", "feel", "hope", "great", "terrible", "wonderful", "horrible", "love", "hate",
        "beautiful", "disaster", "amazing", "incredible", "fantastic", "sad", "pense", "crois", "espère",
        "audacieux", "formidable", "magnifique", "terrible", "honte", "inquiétant", "révélatrices", "clair",
        "important", "importantes", "importante", "importants", "best", "worst", "bad", "good", "should", "must",
        "devons", "faut", "need", "needs", "want", "wants", "let", "thank", "thanks", "merci", "bonne", "mauvaise",
        "nice", "tremendous", "frankly", "honestly", "opinion", "avis", "respect", "fier", "fière", "proud",
    ])

    /// Numbers written as words, and scale words used alone ("a million dollars", "four times").
    static let numberWords = WordHash.set([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions", "trillion", "trillions", "half", "double", "triple", "percent",
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt", "trente", "cent",
        "cents", "mille", "milliers", "million", "millions", "milliard", "milliards", "moitié", "tiers",
        "quart", "dizaines", "centaines", "dozen", "dozens",
    ])

    /// Superlatives and absolutes ("the highest taxes", "the only one", "never").
    static let superlatives = WordHash.set([
        "highest", "lowest", "largest", "biggest", "smallest", "most", "least", "best", "worst", "only", "ever",
        "never", "first", "last", "record", "fastest", "greatest", "richest", "poorest", "seul", "seule",
        "jamais", "premier", "première", "dernier", "dernière", "record", "pire", "meilleur", "plus",
    ])

    /// Negations.
    static let negations = WordHash.set(["not", "no", "never", "n't", "pas", "jamais", "aucun", "aucune", "ni"])

    /// Sentence-initial connectors dropped from duplicate fingerprints ("Mais", "Récemment,").
    static let connectors = WordHash.set([
        "mais", "et", "or", "donc", "alors", "puis", "ensuite", "récemment", "but", "and", "so", "then",
        "recently", "however", "cependant", "pourtant", "enfin", "aussi", "also",
    ])

    /// Common function words, ignored by word-overlap measures.
    static let stopwords = WordHash.set([
        "le", "la", "les", "l'", "de", "du", "des", "d'", "un", "une", "et", "est", "que", "qu'", "qui", "dans",
        "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "ces", "il", "elle", "ont", "a", "à", "été",
        "sont", "mais", "par", "se", "s'", "sa", "son", "ses", "en", "ne", "n'", "plus", "the", "of", "and", "to",
        "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by", "this", "are", "have", "has",
        "from", "at", "were", "not", "but", "an", "they", "which", "their", "its", "had", "been", "a", "or",
    ])
}
