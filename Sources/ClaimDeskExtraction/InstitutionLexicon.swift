import ClaimDeskModel
import ClaimDeskText

/// Word lists for attribution: the nouns that name an organisation, an anonymous source, a document or a role
/// when they are not capitalised ("la préfecture", "the company", "source judiciaire", "le bulletin", "the
/// minister"), titles before a name, name particles and extra attribution verbs.
enum InstitutionLexicon {
    /// Common nouns of organisations: "le parquet de Lyon", "the county fire department", "l'entreprise".
    static let organisationNouns = WordHash.set([
        "préfecture", "parquet", "gendarmerie", "police", "mairie", "municipalité", "gouvernement", "ministère",
        "entreprise", "société", "groupe", "compagnie", "direction", "syndicat", "syndicats", "organisateurs",
        "agence", "autorité", "tribunal", "cour", "justice", "armée", "état-major", "pompiers", "hôpital", "chu",
        "institut", "office", "observatoire", "banque", "commission", "conseil", "fédération", "association",
        "ong", "club", "parti", "opposition", "majorité", "région", "département", "ville", "rectorat",
        "académie", "assureur", "constructeur", "opérateur", "fabricant", "laboratoire", "régulateur",
        "company", "firm", "group", "government", "ministry", "department", "agency", "authority", "authorities",
        "court", "police", "army", "military", "union", "unions", "commission", "council", "committee",
        "office", "bureau", "bank", "regulator", "watchdog", "utility", "carrier", "airline", "carmaker",
        "automaker", "insurer", "manufacturer", "retailer", "charity", "organisers", "organizers", "hospital",
        "service", "administration", "campaign", "party", "board", "prosecutors", "prosecutor's", "fed",
        "treasury", "pentagon", "coalition", "federation", "association", "institute", "lab", "laboratory",
        "university", "université", "school", "club", "team", "city", "county", "state", "forces",
    ])

    /// Nouns of anonymous sources: "source judiciaire", "people familiar with the matter", "two officials".
    static let anonymousNouns = WordHash.set([
        "source", "sources", "responsable", "responsables", "proche", "proches", "enquêteurs", "enquêteur",
        "témoin", "témoins", "diplomate", "diplomates", "interlocuteur", "observateurs", "experts", "analystes",
        "official", "officials", "people", "person", "persons", "insiders", "insider", "diplomat", "diplomats",
        "investigators", "witnesses", "witness", "analysts", "aides", "aide", "executives", "executive",
        "lawmakers", "officers", "négociateurs", "negotiators", "expert",
    ])

    /// Nouns of documents and data: "le bulletin hebdomadaire", "the annual report", "un sondage Ifop".
    static let documentNouns = WordHash.set([
        "bulletin", "rapport", "étude", "enquête", "sondage", "décret", "communiqué", "note", "document", "arrêté",
        "jugement", "ordonnance", "bilan", "baromètre", "projet", "budget", "report", "study", "survey", "poll",
        "statement", "filing", "ruling", "memo", "document", "analysis", "review", "audit", "census", "bill",
        "lettre", "letter", "courrier", "circulaire", "avis", "dossier", "plainte",
    ])

    /// Nouns of data that point to their producer: "les données provisoires de la Dares" → Dares.
    static let dataNouns = WordHash.set([
        "données", "chiffres", "statistiques", "estimations", "estimation", "calculs", "projections", "comptes",
        "data", "figures", "statistics", "estimates", "numbers", "calculations", "projections", "records",
    ])

    /// Nouns of roles that name a person: "le ministre", "the minister", "le suspect".
    static let roleNouns = WordHash.set([
        "ministre", "maire", "président", "présidente", "directeur", "directrice", "porte-parole", "député",
        "députée", "sénateur", "sénatrice", "préfet", "préfète", "procureur", "procureure", "juge", "avocat",
        "avocate", "suspect", "suspecte", "accusé", "accusée", "prévenu", "prévenue", "victime", "patron",
        "patronne", "secrétaire", "chef", "dirigeant", "dirigeante", "élu", "élue", "commissaire", "gouverneur",
        "premier", "entraîneur", "ambassadeur", "ambassadrice", "fondateur", "fondatrice", "responsable",
        "minister", "mayor", "president", "director", "spokesman", "spokeswoman", "spokesperson", "senator",
        "governor", "prosecutor", "judge", "lawyer", "attorney", "suspect", "defendant", "victim", "secretary",
        "chief", "executive", "chairman", "chairwoman", "chair", "founder", "leader", "commissioner", "coach",
        "ambassador", "chancellor", "premier", "boss", "ceo", "pdg", "congressman", "congresswoman",
        "representative", "official", "economist", "head",
    ])

    /// Every noun that can head a speaker's noun phrase, for the one-look-up pre-check (``WordFlags/speakerHead``).
    static let speakerHeads: WordSet = organisationNouns.union(anonymousNouns).union(documentNouns).union(dataNouns)
        .union(roleNouns)

    /// Titles that precede a name and are not part of it ("Senator Jean de La Fontaine", "Dr. Anne Martin").
    static let titles = WordHash.set([
        "senator", "sen", "judge", "justice", "president", "minister", "secretary", "governor", "gov", "mayor",
        "sir", "dame", "professor", "prof", "pr", "dr", "mr", "mrs", "ms", "m", "mme", "mlle", "me", "general",
        "gen", "chancellor", "commissioner", "representative", "rep", "chief", "executive", "officer",
        "director", "prime", "premier", "ceo", "chairman", "chairwoman", "king", "queen", "prince", "princess",
        "pope", "cardinal", "bishop", "father", "rabbi", "imam", "captain", "colonel", "lieutenant", "sergeant",
        "inspector", "detective", "superintendent", "deputy", "ambassador", "health", "finance", "foreign",
        "interior", "defence", "defense", "economy", "justice", "labour", "labor", "education", "home",
        "trade", "energy", "transport", "environment", "agriculture", "vice", "attorney", "coach", "maître",
        "docteur", "professeur", "monseigneur", "président", "ministre", "sénateur", "député", "maire",
    ])

    /// Lower-case particles inside a name: "Jean de La Fontaine", "Ursula von der Leyen", "Vincent van Gogh".
    static let particles = WordHash.set([
        "de", "du", "des", "d'", "von", "van", "der", "den", "da", "di", "del", "dos", "la", "le", "ten", "ter", "bin",
        "al",
    ])

    /// Capitalised words that continue an institution's name in lower case: "Cour des comptes".
    static let institutionHeads = WordHash.set([
        "cour", "conseil", "agence", "banque", "office", "institut", "haute", "haut", "caisse", "autorité",
        "direction", "chambre", "commission", "assemblée", "ministère", "tribunal", "observatoire", "centre",
        "fédération", "union", "organisation", "école", "université", "académie", "comité", "parquet",
    ])

    /// Adjectives that continue an institution's name: "Agence régionale de santé".
    static let institutionAdjectives = WordHash.set([
        "régionale", "régional", "national", "nationale", "européenne", "européen", "fédéral", "fédérale",
        "supérieur", "supérieure", "général", "générale", "central", "centrale", "mondiale", "mondial",
        "constitutionnel", "administratif", "pénal", "d'état", "économique", "social", "sociale",
        "internationale", "international", "départemental", "départementale", "municipal", "municipale",
    ])

    /// Attribution verbs beyond the reporting verbs the check-worthiness model knows: they name a speaker but
    /// do not change the model's `reporting_verb` signal.
    static let attributionVerbs = WordHash.set([
        "annoncé", "annonce", "annoncent", "annonçant", "fait", "appris", "prévenu", "signalé", "signale",
        "communiqué", "détaillé", "détaille", "rappelé", "rappelle", "estiment", "jugé", "revendique",
        "revendiquent", "promis", "souligne", "précise", "précisent", "ajoute", "martèle", "reconnaît",
        "announced", "announces", "estimated", "contend", "contends", "contended",
        "showed", "shows", "show", "montrent", "montre", "found", "predicted", "predicts",
        "disclosed", "stressed", "cautioned", "insists", "notes", "adds", "explains", "warns", "stated",
        "concluded", "concludes", "believes", "reckons", "expects", "maintained",
        "maintains", "told", "tells", "telling", "saying", "citing", "indicated", "indicates", "confirms",
        "admits", "denies", "announcing", "declared", "declares",
    ])

    /// Pronouns that resolve to the last organisation named ("It said", "Elle a indiqué" after an agency).
    static let organisationPronouns = WordHash.set(["it"])

    /// Words that open a sentence continuing the previous one, which inherits its dates:
    /// "Fin février 2026, … D'un côté, Anthropic a refusé…".
    static let continuationOpeners = WordHash.set([
        "côté", "foulée", "meanwhile", "simultaneously", "parallèlement", "entre-temps",
    ])
}
