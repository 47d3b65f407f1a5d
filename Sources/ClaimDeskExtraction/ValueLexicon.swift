import ClaimDeskModel
import ClaimDeskText

/// Word lists for reading numbers and dates, as word hashes.
enum ValueLexicon {
    static func table(_ pairs: [(String, Int)]) -> [UInt64: Int] {
        var table: [UInt64: Int] = [:]
        for (word, value) in pairs { table[WordHash.of(word)] = value }
        return table
    }

    /// Month names and abbreviations, French and English.
    static let months: [UInt64: Int] = table([
        ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
        ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
        ("décembre", 12), ("decembre", 12), ("janv", 1), ("févr", 2), ("fév", 2), ("avr", 4), ("juil", 7),
        ("sept", 9), ("oct", 10), ("nov", 11), ("déc", 12), ("january", 1), ("february", 2), ("march", 3),
        ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8), ("september", 9), ("october", 10),
        ("november", 11), ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
        ("aug", 8),
        ("sep", 9), ("dec", 12),
    ])

    /// The abbreviations among ``months``: "oct." is more often an abbreviation than a sentence's end, "June." or
    /// "mars." is a month ending the sentence.
    static let monthAbbreviations = WordHash.set([
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "dec",
    ])

    /// Words that make a month-and-year phrase reduced-precision ("fin février 2026").
    static let monthQualifiers = WordHash.set([
        "fin", "début", "debut", "mi", "courant", "en", "in", "late", "early", "mid", "since", "depuis", "end",
    ])

    /// Ordinals before "trimestre" / "quarter".
    static let quarterOrdinals: [UInt64: Int] = table([
        ("premier", 1), ("1er", 1), ("deuxième", 2), ("second", 2), ("troisième", 3), ("quatrième", 4),
        ("dernier", 4), ("first", 1), ("third", 3), ("fourth", 4), ("last", 4), ("final", 4),
    ])
    static let quarterWords = WordHash.set(["trimestre", "quarter"])

    /// Scale words and their factors.
    static let scales: [UInt64: Double] = {
        var table: [UInt64: Double] = [:]
        let pairs: [(String, Double)] = [
            ("million", 1e6), ("millions", 1e6), ("milliard", 1e9), ("milliards", 1e9), ("billion", 1e9),
            ("billions", 1e9), ("trillion", 1e12), ("trillions", 1e12), ("mille", 1e3), ("thousand", 1e3),
            ("thousands", 1e3), ("md", 1e9), ("mds", 1e9), ("mrd", 1e9), ("mrds", 1e9), ("bn", 1e9), ("mn", 1e6),
            ("m", 1e6), ("k", 1e3), ("billiard", 1e15),
        ]
        for (word, factor) in pairs { table[WordHash.of(word)] = factor }
        return table
    }()

    /// Unit words after a number.
    static let unitWords: [UInt64: String] = {
        var table: [UInt64: String] = [:]
        let pairs: [(String, String)] = [
            ("euros", "EUR"), ("euro", "EUR"), ("eur", "EUR"), ("dollars", "USD"), ("dollar", "USD"),
            ("usd", "USD"), ("livres", "GBP"), ("pounds", "GBP"), ("gbp", "GBP"), ("percent", "%"),
            ("pourcent", "%"), ("pourcents", "%"), ("chf", "CHF"), ("francs", "CHF"), ("yens", "JPY"), ("yen", "JPY"),
            ("ans", "year"), ("an", "year"), ("année", "year"), ("années", "year"), ("years", "year"), ("year", "year"),
            ("yrs", "year"), ("mois", "month"), ("months", "month"), ("month", "month"), ("semaines", "week"),
            ("semaine", "week"), ("weeks", "week"), ("week", "week"), ("jours", "day"), ("days", "day"),
            ("day", "day"), ("heures", "hour"), ("heure", "hour"), ("hours", "hour"), ("hour", "hour"),
            ("minutes", "minute"), ("points", "point"), ("point", "point"), ("pts", "point"), ("pt", "point"),
            ("km", "km"),
        ]
        for (word, unit) in pairs { table[WordHash.of(word)] = unit }
        return table
    }()

    /// Currency symbols.
    static func currency(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "€": "EUR"
        case "$": "USD"
        case "£": "GBP"
        case "¥": "JPY"
        default: nil
        }
    }

    static let pour = WordHash.of("pour")
    static let per = WordHash.of("per")
    static let cent = WordHash.of("cent")
    static let de = WordHash.of("de")
    static let dElided = WordHash.of("d'")
    static let of = WordHash.of("of")
    static let er = WordHash.of("er")
    static let le = WordHash.of("le")
    static let et = WordHash.of("et")
    static let and = WordHash.of("and")
    static let us = WordHash.of("us")
    static let q = WordHash.of("q")
    static let t = WordHash.of("t")
    static let date = WordHash.of("date")
    static let inWord = WordHash.of("in")
    static let en = WordHash.of("en")
    static let fin = WordHash.of("fin")
    static let debut = WordHash.of("début")
}
