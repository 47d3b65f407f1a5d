import ClaimDeskModel
import ClaimDeskText

/// Finds the words that hedge a claim, so a reviewer sees why it is flagged.
///
/// Hedges: English modals and hedging verbs ("may shed", "could be unveiled", "is expected to", "appears to",
/// "is believed to"), hedging adverbs ("probably", "reportedly", "apparemment"), French "semble" and
/// "pourrait", the French conditionnel in any person ("contesterait", "aurait reçu"), and unnamed sources
/// ("selon des sources", "according to sources").
///
/// Not hedges: a conditionnel of reported speech after "X a affirmé que …" (concordance des temps: "a assuré
/// que 120 postes seraient créés"); a conditionnel in a hypothesis with "si" ("Ce serait une excellente
/// nouvelle si…"); a counterfactual ("n'aurait pas dû"); a named or described source ("de source proche",
/// "selon une source judiciaire") is attribution, not hedging.
enum HedgeFinder {
    private static let modals = WordHash.set(["may", "might", "could"])
    private static let adverbs = WordHash.set([
        "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "probably", "possibly", "presumably",
        "rumored", "rumoured", "unconfirmed", "reputedly", "alleged", "likely", "prétendument", "présumé",
        "présumée", "présumés", "présumées", "supposément", "apparemment", "vraisemblablement", "probablement",
        "possiblement", "semble", "semblent", "semblait", "paraît", "paraissent",
    ])
    /// Modal conditionnels that hedge even in reported speech ("a dit que la réforme pourrait coûter").
    private static let modalConditionnels = WordHash.set([
        "pourrait", "pourraient", "semblerait", "sembleraient", "devrait", "devraient",
    ])
    private static let auxiliaryConditionnels = WordHash.set(["aurait", "auraient", "serait", "seraient"])
    /// Verbs that follow "is/are/was … " in an English hedge: "is expected to", "appears to", "is believed to".
    private static let hedgingVerbs = WordHash.set([
        "expected", "believed", "thought", "said", "understood", "likely", "rumoured", "rumored", "set",
    ])
    private static let copulas = WordHash.set(["is", "are", "was", "were", "be", "been"])
    private static let seemVerbs = WordHash.set(["appears", "appear", "appeared", "seems", "seem", "seemed"])
    private static let to = WordHash.of("to")
    private static let si = WordHash.of("si")
    private static let que = WordHash.of("que")
    private static let quElided = WordHash.of("qu'")
    private static let selon = WordHash.of("selon")
    private static let according = WordHash.of("according")
    private static let sources = WordHash.set(["sources"])
    private static let unnamedSourceDeterminers = WordHash.set([
        "des", "plusieurs", "certaines", "différentes", "diverses", "nos", "to",
    ])
    private static let informations = WordHash.set([
        "informations", "reports", "rumeurs", "rumours", "rumors", "presse",
    ])
    /// An unnamed document: "d'après un rapport", "according to a report".
    private static let indefinite = WordHash.set(["un", "une", "a"])
    private static let reportNouns = WordHash.set(["rapport", "report", "étude", "study", "document", "note"])
    private static let set = WordHash.of("set")
    private static let likely = WordHash.of("likely")
    private static let la = WordHash.of("la")
    private static let apres = WordHash.of("après")
    private static let dElided = WordHash.of("d'")
    private static let nElided = WordHash.of("n'")

    /// Every word that can start a hedge, for a one-look-up pre-check per word (``WordFlags/hedgeCue``).
    static let cues: WordSet = modals.union(adverbs).union(modalConditionnels).union(auxiliaryConditionnels)
        .union(hedgingVerbs).union(seemVerbs).union([selon, according, apres])

    /// Whether a word may be a French conditionnel ("…rait", "…raient"), checked on its last letters only.
    @inline(__always) static func mayBeConditionnel(_ s: [Unicode.Scalar], _ token: Token) -> Bool {
        let e = token.end
        guard token.length >= 6, s[e - 1] == "t" else { return false }
        if s[e - 2] == "i" { return s[e - 3] == "a" && s[e - 4] == "r" }
        return s[e - 2] == "n" && s[e - 3] == "e" && s[e - 4] == "i" && s[e - 5] == "a" && s[e - 6] == "r"
    }

    /// The hedging words of `tokens` as written, joined by ", ", or nil when nothing hedges.
    static func hedge(_ s: [Unicode.Scalar], _ t: [Token], language: Language) -> String? {
        var found: [Range<Int>] = []
        for (i, token) in t.enumerated() where token.kind == .word {
            let h = token.hash
            guard token.flags.contains(.hedgeCue) || (language == .fr && mayBeConditionnel(s, token)) else {
                continue
            }
            if i > 0, hedgingVerbs.contains(h), copulas.contains(t[i - 1].hash), i + 1 < t.count, t[i + 1].hash == to {
                // "is expected to", "is believed to"; "set to" is a schedule, not a hedge.
                if h != set { found.append(t[i - 1].start..<t[i + 1].end) }
                continue
            }
            if modals.contains(h) {
                // "May" the month ("in May", "May 3") is not a modal.
                if s[token.start].isUpper, i > 0 || (i + 1 < t.count && t[i + 1].kind == .number) { continue }
                found.append(token.start..<wordEnd(t, i + 1, ifIn: [], orVerb: true))
                continue
            }
            if adverbs.contains(h) {
                if h == likely, i > 0, copulas.contains(t[i - 1].hash) {
                    found.append(t[i - 1].start..<wordEnd(t, i + 1, ifIn: [to], orVerb: false))
                    continue
                }
                found.append(token.start..<token.end)
                continue
            }
            if seemVerbs.contains(h), i + 1 < t.count, t[i + 1].hash == to {
                found.append(token.start..<t[i + 1].end)
                continue
            }
            if h == selon || h == according || (h == apres && i > 0 && t[i - 1].hash == dElided),
                let end = unnamedSources(t, i)
            {
                found.append((h == apres ? t[i - 1].start : token.start)..<t[end].end)
                continue
            }
            guard language == .fr else { continue }
            if modalConditionnels.contains(h) {
                found.append(token.start..<token.end)
                continue
            }
            guard isConditionnel(s, token, h) else { continue }
            if hypothesisAfter(t, i) { continue }
            // "a assuré que 120 postes seraient créés" is reported speech; "aurait reçu" hedges even there.
            if !Self.reportedPast.contains(h), reportedSpeechBefore(t, i) { continue }
            if ClaimLexicon.counterfactual.contains(nextWord(t, i, within: 3)?.hash ?? 0) { continue }
            if auxiliaryConditionnels.contains(h), let next = nextWord(t, i, within: 2), isParticiple(s, next) {
                found.append(token.start..<next.end)
            } else {
                found.append(token.start..<token.end)
            }
        }
        guard !found.isEmpty else { return nil }
        var words: [String] = []
        for range in found {
            let text = ScalarString.make(s, range)
            if !words.contains(text) { words.append(text) }
        }
        return words.joined(separator: ", ")
    }

    private static let reportedPast = WordHash.set(["aurait", "auraient"])

    /// "Ce serait une excellente nouvelle si l'usine rouvrait": "si" after the conditionnel, in the same clause.
    private static func hypothesisAfter(_ t: [Token], _ i: Int) -> Bool {
        var k = i + 1
        while k < t.count {
            if t[k].kind == .punct { return false }
            if t[k].hash == si { return true }
            k += 1
        }
        return false
    }

    /// "contesterait", "aurait", "atteindraient", "pourrait": a French conditionnel. The regular endings are
    /// "-erait" (first group), "-drait" and "-rrait"; other stems are listed. Imparfaits that end in "-rait"
    /// ("rouvrait", "déclarait", "entrait") and nouns ("portrait", "extrait") are not conditionnels.
    private static func isConditionnel(_ s: [Unicode.Scalar], _ token: Token, _ h: UInt64) -> Bool {
        if auxiliaryConditionnels.contains(h) || irregularConditionnels.contains(h) { return true }
        guard token.length >= 6, s[token.end - 1] == "t" else { return false }
        var e = token.end
        if s[e - 2] == "n", s[e - 3] == "e" { e -= 2 }  // "-raient" → "-rait"
        guard e - 5 >= token.start, s[e - 2] == "i", s[e - 3] == "a", s[e - 4] == "r" else { return false }
        let before = s[e - 5]
        return before == "e" || before == "d" || before == "r"
    }

    /// Conditionnels whose stem does not end in "-er", "-dr" or "-rr" (singular and plural).
    private static let irregularConditionnels = WordHash.set(
        [
            "dirait", "irait", "mettrait", "permettrait", "promettrait", "admettrait", "soumettrait", "battrait",
            "vivrait", "suivrait", "poursuivrait", "boirait", "croirait", "plairait", "conduirait", "produirait",
            "réduirait", "construirait", "détruirait", "lirait", "écrirait", "décrirait", "suffirait", "finirait",
            "choisirait", "réussirait", "partirait", "sortirait", "servirait", "ouvrirait", "offrirait",
            "couvrirait", "recevrait", "saurait", "vaudrait", "naîtrait", "connaîtrait", "reconnaîtrait",
            "paraîtrait", "disparaîtrait", "apparaîtrait", "coudrait", "résoudrait",
        ].flatMap { [$0, String($0.dropLast()) + "ent"] }
    )

    /// Whether a reporting verb and then "que" come before token `i` ("a affirmé que le déficit atteindrait").
    private static func reportedSpeechBefore(_ t: [Token], _ i: Int) -> Bool {
        var sawQue = false
        var k = i - 1
        while k >= 0 {
            let h = t[k].hash
            if h == que || h == quElided {
                sawQue = true
            } else if sawQue, t[k].kind == .word {
                let flags = t[k].flags
                if flags.contains(.reporting) || flags.contains(.attribution) { return true }
            }
            k -= 1
        }
        return false
    }

    /// "selon des sources", "according to sources", "selon nos informations": the index of the last word.
    private static func unnamedSources(_ t: [Token], _ i: Int) -> Int? {
        var k = i + 1
        if k < t.count, t[k].hash == to { k += 1 }
        if k + 1 < t.count, indefinite.contains(t[k].hash), reportNouns.contains(t[k + 1].hash) { return k + 1 }
        if k < t.count, unnamedSourceDeterminers.contains(t[k].hash) || t[k].hash == la { k += 1 }
        guard k < t.count else { return nil }
        if sources.contains(t[k].hash) || informations.contains(t[k].hash) { return k }
        return nil
    }

    private static func nextWord(_ t: [Token], _ i: Int, within n: Int) -> Token? {
        var k = i + 1
        while k < t.count, k <= i + n {
            if t[k].kind == .word, !ClaimLexicon.negations.contains(t[k].hash), t[k].hash != nElided {
                return t[k]
            }
            k += 1
        }
        return nil
    }

    /// A past participle: "reçu", "été", "baissé", "reconnu", "mis", "pris".
    private static func isParticiple(_ s: [Unicode.Scalar], _ token: Token) -> Bool {
        guard token.length >= 2, s[token.start].isLower else { return false }
        var e = token.end
        if s[e - 1] == "s" { e -= 1 }
        if s[e - 1] == "e", e - 2 >= token.start, s[e - 2] == "é" { return true }
        let c = s[e - 1]
        return c == "é" || c == "u" || c == "i" || c == "t" || c == "s"
    }

    /// The end of token `k` when it is a verb (modal + verb: "may shed"), else the end of the token before.
    private static func wordEnd(_ t: [Token], _ k: Int, ifIn words: WordSet, orVerb: Bool) -> Int {
        guard k < t.count, t[k].kind == .word else { return t[k - 1].end }
        if words.contains(t[k].hash) || orVerb { return t[k].end }
        return t[k - 1].end
    }
}
