import ClaimDeskModel
import ClaimDeskText

/// Runs of capitalised words that name someone or something ("Sam Altman", "OpenAI", "Meta Platforms"),
/// with name particles ("Bruno Le Maire", "Jean de La Fontaine", "Ursula von der Leyen"), hyphenated first
/// names ("Jean-Luc Moreau") and institutions ("Office for National Statistics", "Cour des comptes",
/// "Agence régionale de santé").
enum NameRun {
    private static let hyphen = UInt64(("-" as Unicode.Scalar).value)
    private static let capitalParticles = WordHash.set([
        "le", "la", "les", "de", "du", "des", "van", "von", "di", "da", "del", "der", "d'",
    ])
    private static let institutionLinks = WordHash.set(["for", "of", "on", "de", "du", "des", "d'", "pour"])
    private static let the = WordHash.set(["the", "la", "l'", "le", "les"])
    private static let lowerLinks = WordHash.set(["de", "des", "du", "d'"])
    /// Every particle and link word, for the one-look-up pre-check (``WordFlags/nameParticle``).
    static let particleWords: WordSet = InstitutionLexicon.particles.union(capitalParticles).union(institutionLinks)
        .union(lowerLinks)

    @inline(__always) private static func isOrg(_ token: Token) -> Bool { token.flags.contains(.organisationWord) }
    @inline(__always) private static func isParticle(_ token: Token) -> Bool { token.flags.contains(.nameParticle) }

    /// Words that make a capitalised run an organisation rather than a person.
    static let organisationWords: WordSet = ClaimLexicon.organisationWords.union(
        WordHash.set([
            "organization", "organisation", "statistics", "fund", "forum", "authority", "autorité", "bureau",
            "centre", "center", "reserve", "treasury", "airlines", "airways", "air", "motors", "energy", "labs",
            "media", "press", "journal", "tribune", "herald", "monde", "figaro", "parisien", "reuters", "afp",
            "bloomberg", "associated", "bbc", "cnn", "guardian", "telegraph", "street", "france", "observatoire",
            "institute", "society", "société", "systems", "technologies", "holdings", "partners", "capital",
            "airbus", "boeing", "tesla", "insee", "dares", "ifop", "matignon", "elysée", "élysée", "kremlin",
            "army", "police", "gendarmerie", "préfecture", "mairie", "region", "région", "city", "county",
            "church", "église", "club", "fc", "league", "ligue", "fédération", "federation", "association",
            "labour", "conservatives", "tories",
        ])
    ).union(InstitutionLexicon.institutionHeads)

    /// The run starting at token `i`, if it starts one.
    static func forward(_ s: [Unicode.Scalar], _ t: [Token], from i: Int) -> ClosedRange<Int>? {
        guard isNameWord(s, t, i, first: true) else { return nil }
        var j = i
        let firstFlags = t[i].flags
        var institution = firstFlags.contains(.organisationWord)
        let head = firstFlags.contains(.institutionHead)
        var lowerContinuations = 0
        while j - i < 6 {
            let n = j + 1
            guard n < t.count else { break }
            if isNameWord(s, t, n, first: false) {
                j = n
                institution = institution || isOrg(t[n])
                continue
            }
            // "Jean-Luc", "Saint-Denis"
            if t[n].kind == .punct, t[n].hash == hyphen, t[j].end == t[n].start, n + 1 < t.count,
                t[n].end == t[n + 1].start, isNameWord(s, t, n + 1, first: false)
            {
                j = n + 1
                continue
            }
            // "Jean de La Fontaine", "Ursula von der Leyen", "Bruno Le Maire"
            guard t[n].kind == .word else { break }
            let particle = isParticle(t[n])
            if particle, InstitutionLexicon.particles.contains(t[n].hash) || capitalParticles.contains(t[n].hash) {
                var m = n
                while m < t.count, m - n < 2, t[m].kind == .word,
                    InstitutionLexicon.particles.contains(t[m].hash) || capitalParticles.contains(t[m].hash)
                {
                    m += 1
                }
                if isNameWord(s, t, m, first: false), m - n <= 2 {
                    j = m
                    continue
                }
            }
            // "Office for National Statistics", "Bank of England"
            if institution, particle, institutionLinks.contains(t[n].hash), s[t[n].start].isLower {
                var m = n + 1
                if m < t.count, the.contains(t[m].hash) { m += 1 }
                if isNameWord(s, t, m, first: false) {
                    j = m
                    continue
                }
            }
            // "Cour des comptes", "Agence régionale de santé"
            if head, lowerContinuations < 2 {
                if InstitutionLexicon.institutionAdjectives.contains(t[n].hash) {
                    j = n
                    lowerContinuations += 1
                    continue
                }
                if lowerLinks.contains(t[n].hash), n + 1 < t.count, t[n + 1].kind == .word, s[t[n + 1].start].isLower,
                    t[n + 1].length > 3,
                    t[n + 1].flags.subtracting([.speakerHead, .organisationWord, .institutionHead]).isEmpty
                {
                    j = n + 1
                    lowerContinuations += 1
                    continue
                }
            }
            break
        }
        return i...j
    }

    /// The longest run ending at token `i`, if one ends there.
    static func backward(_ s: [Unicode.Scalar], _ t: [Token], endingAt i: Int) -> ClosedRange<Int>? {
        guard i >= 0, i < t.count, t[i].kind == .word else { return nil }
        // A run ends on a name word, or in lower case only inside an institution ("Cour des comptes").
        if !isNameWord(s, t, i, first: false) {
            let h = t[i].hash
            let continues =
                InstitutionLexicon.institutionAdjectives.contains(h) || (i > 0 && lowerLinks.contains(t[i - 1].hash))
            guard s[t[i].start].isLower, continues else { return nil }
        }
        var start = max(0, i - 8)
        while start <= i {
            if let run = forward(s, t, from: start), run.upperBound == i { return run }
            start += 1
        }
        return nil
    }

    static func isNameWord(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int, first: Bool) -> Bool {
        guard i >= 0, i < t.count, t[i].kind == .word, s[t[i].start].isUpper else { return false }
        let flags = t[i].flags
        return !flags.contains(.nameStop) && !flags.contains(.month)
    }

    static func text(_ s: [Unicode.Scalar], _ t: [Token], _ run: ClosedRange<Int>) -> String {
        ScalarString.make(s, t[run.lowerBound].start..<t[run.upperBound].end)
    }

    /// The run without the titles before the name ("Senator", "Health Secretary", "Dr"), and those titles.
    static func strippingTitles(
        _ s: [Unicode.Scalar],
        _ t: [Token],
        _ run: ClosedRange<Int>
    )
        -> (run: ClosedRange<Int>, titles: [UInt64])
    {
        var k = run.lowerBound
        var titles: [UInt64] = []
        while k < run.upperBound, t[k].flags.contains(.nameTitle),
            InstitutionLexicon.titles.contains(t[k].hash)
        {
            titles.append(t[k].hash)
            k += 1
        }
        guard !titles.isEmpty, k <= run.upperBound, isNameWord(s, t, k, first: true) else { return (run, []) }
        let rest = k...run.upperBound
        if rest.contains(where: { isOrg(t[$0]) }) { return (run, []) }
        return (rest, titles)
    }

    /// Whether the run names an organisation by its words ("Financial Times", "Cour des comptes", "ARS").
    static func isOrganisation(_ s: [Unicode.Scalar], _ t: [Token], _ run: ClosedRange<Int>) -> Bool {
        if run.contains(where: { isOrg(t[$0]) }) { return true }
        if run.count == 1 {
            let token = t[run.lowerBound]
            if token.length >= 2, (token.start..<token.end).allSatisfy({ s[$0].isUpper }) { return true }
        }
        return false
    }
}
