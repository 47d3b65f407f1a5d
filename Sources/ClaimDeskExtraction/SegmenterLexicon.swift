import ClaimDeskModel
import ClaimDeskText
/// Word lists the sentence segmenter consults, as word hashes.
enum SegmenterLexicon {
    /// Abbreviations that precede what they qualify ("Mr. Smith", "p. 55", "Oct. 3"): never a sentence end.
    static let prefixAbbreviations = WordHash.set([
        "mr", "mrs", "pr", "ms", "dr", "prof", "st", "mt", "ste", "m", "mme", "mmes", "mlle", "mlles", "mm", "me",
        "gen",
        "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "messrs",
        "no", "nos", "n°", "nº", "p", "pp", "vol", "vols", "fig", "figs", "art", "ch", "chap", "sec", "para",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "fév", "avr",
        "juil", "déc", "dept", "approx", "ca", "cf", "vs", "v", "av", "bd", "boul", "env", "ex", "tél", "tel", "éd",
        "ed", "eds", "op", "cit", "ibid", "al", "mgr", "fr", "gal", "cdt", "lieut", "rd", "ave", "blvd", "etc.",
    ])

    /// Abbreviations that end a phrase ("Briggs & Co.", "Intercept Ltd."): a sentence end before a capital.
    static let suffixAbbreviations = WordHash.set([
        "co", "inc", "ltd", "corp", "llc", "plc", "jr", "sr", "etc", "bros", "cie", "sa", "sas", "sarl", "ag", "gmbh",
    ])

    /// Words that start sentences, which tell a sentence end after "U.S." or an initial ("I live in the E.U. How").
    static let sentenceStarters = WordHash.set([
        "a", "being", "did", "for", "he", "how", "however", "i", "in", "it", "millions", "more", "she", "that",
        "the", "there", "they", "we", "what", "when", "where", "who", "why", "this", "these", "but", "and", "its",
        "il", "elle", "ils", "elles", "les", "mais", "nous", "on", "je", "cette", "ces", "selon",
    ])

    /// Time abbreviations ("a.m.", "p.m.").
    static let timeAbbreviations = WordHash.set(["a.m", "p.m"])

    /// Bullets that start list items.
    @inline(__always) static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2022, 0x2043, 0x25E6, 0x25AA, 0x25CF, 0x2023, 0x25A0: true
        default: false
        }
    }

    /// Marks that may close a sentence after its terminator: quotes, brackets.
    @inline(__always) static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x201D, 0x2019, 0x203A, 0x7D: true
        default: false
        }
    }
}
