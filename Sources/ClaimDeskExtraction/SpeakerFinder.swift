import ClaimDeskModel
import ClaimDeskText

/// Who said it: the speaker of a claim, as written, with its kind.
struct Speaker: Sendable, Hashable {
    /// The name or noun phrase ("Bruno Le Maire", "Office for National Statistics", "source judiciaire").
    var name: String
    /// Person, organisation, anonymous source or document.
    var kind: SpeakerKind
}

/// Finds who is speaking in reported speech or in the frame of a quotation.
///
/// Handles "Selon X", "d'après X", "according to X", "de source X", "citing X", "X a déclaré", "X said",
/// "X on Tuesday said", "X, <appositive>, said", inverted "a déclaré X", "a-t-il ajouté", "a-t-on appris de
/// source judiciaire", "a fait savoir la préfecture". X is a name ("Ursula von der Leyen", "Airbus"), an
/// institution written in lower case ("le parquet de Lyon", "the company"), an anonymous source ("une source
/// proche du dossier", "two officials"), a document ("le bulletin hebdomadaire de l'ARS", "the annual report"),
/// the producer of data ("les données provisoires de la Dares" → Dares) or a role ("le ministre", resolved to
/// the person the article gave that role). Pronouns resolve to the last person named ("Elle", "he", "lui"),
/// "it" to the last organisation.
enum SpeakerFinder {
    private static let to = WordHash.of("to")
    private static let t = WordHash.of("t")
    private static let on = WordHash.of("on")
    private static let that = WordHash.of("that")
    private static let que = WordHash.of("que")
    private static let quElided = WordHash.of("qu'")
    private static let fait = WordHash.of("fait")
    private static let savoir = WordHash.of("savoir")
    private static let found = WordHash.of("found")
    private static let citing = WordHash.of("citing")
    private static let source = WordHash.of("source")
    private static let sources = WordHash.of("sources")
    private static let de = WordHash.of("de")
    private static let according = WordHash.of("according")
    private static let apres = WordHash.of("après")
    private static let dElided = WordHash.of("d'")
    private static let objectPronouns = WordHash.set(["lui", "elle", "him", "her", "eux", "them"])
    private static let participles = WordHash.set([
        "affirmant", "estimant", "déclarant", "expliquant", "assurant", "soulignant", "précisant", "ajoutant",
        "indiquant", "saying", "adding", "arguing", "noting", "claiming", "insisting", "warning", "explaining",
    ])
    private static let agents = WordHash.set(["par", "by"])
    private static let weekdayLead = WordHash.set(["on", "ce", "le", "late", "early", "this"])

    /// The speaker of the reported speech in `tokens`, if it names one.
    static func speaker(_ s: [Unicode.Scalar], _ tk: [Token], _ tracker: PersonTracker) -> Speaker? {
        var from = 0
        while let v = anchor(s, tk, from: from) {
            if let speaker = speaker(s, tk, tracker, anchor: v) { return speaker }
            from = v + 1
        }
        return colonFrameSubject(s, tk, tracker)
    }

    /// The speaker named around the attribution word at `v`.
    private static func speaker(
        _ s: [Unicode.Scalar],
        _ tk: [Token],
        _ tracker: PersonTracker,
        anchor v: Int
    ) -> Speaker? {
        let np = NounPhrase(s: s, t: tk, tracker: tracker)
        let h = tk[v].hash
        if ClaimLexicon.sourceMarkers.contains(h) || h == citing || isDeSource(tk, v) {
            var k = v + 1
            if h == according, k < tk.count, tk[k].hash == to { k += 1 }
            return np.forward(from: isDeSource(tk, v) ? v : k)
        }
        // Subject before the verb: "X a déclaré", "X on Tuesday said", "X, director of …, said".
        var k = v - 1
        while k >= 0, isSkippable(tk, k) { k -= 1 }
        if k >= 0, np.isWeekday(k) {
            k -= 1
            if k >= 0, weekdayLead.contains(tk[k].hash) { k -= 1 }
            while k >= 0, isSkippable(tk, k) { k -= 1 }
        }
        if k >= 0, isPunct(tk[k], ",") {
            if let appositive = np.appositive(endingAt: k) {
                if let name = appositive.name { return name }
                k = appositive.before
            }
        }
        // "OpenAI a défendu cet accord, affirmant que…": a participle after a comma has the sentence's subject.
        if k >= 0, isPunct(tk[k], ","), participles.contains(h), let subject = np.forward(from: 0) { return subject }
        if k >= 0, !isPunct(tk[k], ",") {
            if ClaimLexicon.personPronouns.contains(tk[k].hash) {
                return tracker.lastPerson.map { Speaker(name: $0, kind: .person) }
            }
            if InstitutionLexicon.organisationPronouns.contains(tk[k].hash) {
                return tracker.lastOrganisation.map { Speaker(name: $0, kind: .organisation) }
            }
            if let speaker = np.backward(endingAt: k) {
                // "l'entreprise dirigée par Sam Altman a annoncé": the agent of a participle is not the subject.
                if let run = NameRun.backward(s, tk, endingAt: k), run.lowerBound > 0,
                    agents.contains(tk[run.lowerBound - 1].hash)
                {
                    return nil
                }
                return speaker
            }
        }
        // Inverted: "a déclaré Altman", "a-t-il ajouté", "a-t-on appris de source judiciaire", "said X".
        var after = v + 1
        while after < tk.count, isPunct(tk[after], "-") || tk[after].hash == t || tk[after].hash == savoir {
            after += 1
        }
        if after < tk.count {
            if ClaimLexicon.personPronouns.contains(tk[after].hash) {
                return tracker.lastPerson.map { Speaker(name: $0, kind: .person) }
            }
            if tk[after].hash == on {
                // "a-t-on appris de source judiciaire"
                var k = after + 1
                while k < tk.count, k <= after + 2, !isDeSource(tk, k) { k += 1 }
                return k < tk.count && isDeSource(tk, k) ? np.forward(from: k) : nil
            }
            if let speaker = np.forward(from: after) ?? np.invertedSubject(from: after) { return speaker }
        }
        return nil
    }

    /// The first word that attributes speech: a reporting verb, a source marker or an attribution verb.
    private static func anchor(_ s: [Unicode.Scalar], _ tk: [Token], from: Int) -> Int? {
        var index = from - 1
        while index + 1 < tk.count {
            index += 1
            let token = tk[index]
            guard token.kind == .word else { continue }
            let flags = token.flags
            if flags.contains(.reporting) { return index }
            if token.hash == apres, index > 0, tk[index - 1].hash == dElided { return index }
            if flags.contains(.attribution) {
                if token.hash == fait, !(index + 1 < tk.count && tk[index + 1].hash == savoir) { continue }
                if token.hash == found {
                    let next = index + 1 < tk.count ? tk[index + 1] : nil
                    guard next == nil || next?.kind == .punct || next?.hash == that else { continue }
                }
                return index
            }
            if isDeSource(tk, index), index == 0 || isPunct(tk[index - 1], ",") || tk[index - 1].hash == on {
                return index
            }
        }
        return nil
    }

    /// "de source judiciaire", "de sources concordantes": attribution, not a hedge.
    private static func isDeSource(_ tk: [Token], _ k: Int) -> Bool {
        k + 1 < tk.count && tk[k].hash == de && (tk[k + 1].hash == source || tk[k + 1].hash == sources)
    }

    private static func isSkippable(_ tk: [Token], _ k: Int) -> Bool {
        ClaimLexicon.auxiliaries.contains(tk[k].hash) || isPunct(tk[k], "-") || tk[k].hash == t
            || tk[k].hash == que || tk[k].hash == quElided
    }

    /// "Sam Altman a adressé un message à ses employés :" — the subject of a frame that ends with a colon.
    private static func colonFrameSubject(_ s: [Unicode.Scalar], _ tk: [Token], _ tracker: PersonTracker) -> Speaker? {
        guard let last = tk.last, isPunct(last, ":"), let first = tk.first else { return nil }
        if ClaimLexicon.personPronouns.contains(first.hash) {
            return tracker.lastPerson.map { Speaker(name: $0, kind: .person) }
        }
        var k = 0
        while k < tk.count, tk[k].kind != .word || !NameRun.isNameWord(s, tk, k, first: true) {
            if isPunct(tk[k], ",") { break }
            k += 1
        }
        guard k < tk.count, let run = NameRun.forward(s, tk, from: k) else { return nil }
        return NounPhrase(s: s, t: tk, tracker: tracker).named(run)
    }

    @inline(__always) static func isPunct(_ token: Token, _ c: Unicode.Scalar) -> Bool {
        token.kind == .punct && token.hash == UInt64(c.value)
    }
}
