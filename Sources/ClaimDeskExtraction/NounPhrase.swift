import ClaimDeskModel
import ClaimDeskText

/// Reads the noun phrase that names a speaker, forward after a source marker or an inverted verb, or backward
/// from the verb it is the subject of; see ``SpeakerFinder``.
struct NounPhrase {
    let s: [Unicode.Scalar]
    let t: [Token]
    let tracker: PersonTracker

    private static let determiners = WordHash.set([
        "le", "la", "les", "l'", "the", "un", "une", "des", "a", "an", "de", "d'", "du", "son", "sa", "ses", "its",
        "his", "her", "their", "leur", "leurs", "this", "ce", "cette",
    ])
    private static let links = WordHash.set(["de", "du", "des", "d'", "of", "for"])
    /// Words between data and who produced it: "les données de la Dares", "les chiffres publiés par l'Insee".
    private static let producerLinks = WordHash.set(["de", "du", "des", "d'", "of", "from", "par", "by"])
    private static let coordinators = WordHash.set(["et", "and"])
    private static let definite = WordHash.set(["le", "la", "les", "l'", "the"])
    private static let objectPronouns = WordHash.set(["lui", "elle", "him", "her", "eux", "them"])
    private static let phraseStops = WordHash.set([
        "que", "qu'", "qui", "who", "that", "which", "dans", "in", "on", "lors", "après", "avant", "when", "while",
        "et", "and", "mais", "but", "le", "au", "aux", "à", "en", "at", "to", "since", "depuis", "sur", "if", "si",
        "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ])
    private static let phraseLinks = WordHash.set([
        "de", "du", "des", "d'", "of", "close", "familiar", "with", "briefed", "proche", "proches", "the", "la",
        "l'", "les", "to", "on", "au", "near",
    ])
    private static let weekdays = WordHash.set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
        "jeudi", "vendredi", "samedi", "dimanche", "yesterday", "today", "hier", "aujourd'hui", "night", "morning",
    ])

    enum Head { case organisation, anonymous, document, data, role }

    /// Generic nouns for a company, resolved to the last one named ("OpenAI a défendu… L'entreprise a réaffirmé").
    private static let companyNouns = WordHash.set([
        "entreprise", "société", "groupe", "company", "firm", "group", "carmaker", "automaker", "airline",
        "constructeur", "start-up", "startup",
    ])

    /// The organisation a generic noun stands for ("the company" → the last company named), or the phrase.
    private func organisation(_ first: Int, _ h: Int, _ end: Int) -> Speaker {
        if first == h, end == h, Self.companyNouns.contains(t[h].hash), let company = tracker.lastCompany {
            return Speaker(name: company, kind: .organisation)
        }
        return Speaker(name: text(first, end), kind: .organisation)
    }

    func isWeekday(_ k: Int) -> Bool { k >= 0 && k < t.count && Self.weekdays.contains(t[k].hash) }

    /// The kind of common noun token `k` heads, if it is one.
    func head(_ k: Int) -> Head? {
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].flags.contains(.speakerHead) else {
            return nil
        }
        let h = t[k].hash
        if InstitutionLexicon.dataNouns.contains(h) { return .data }
        if InstitutionLexicon.anonymousNouns.contains(h) { return .anonymous }
        if InstitutionLexicon.documentNouns.contains(h) { return .document }
        if InstitutionLexicon.roleNouns.contains(h) { return .role }
        if InstitutionLexicon.organisationNouns.contains(h) { return .organisation }
        return nil
    }

    /// The speaker a name run stands for, with its kind.
    func named(_ found: ClosedRange<Int>) -> Speaker {
        let (run, titles) = NameRun.strippingTitles(s, t, found)
        let name = tracker.expand(s, t, run)
        if NameRun.isOrganisation(s, t, run) { return Speaker(name: name, kind: .organisation) }
        let titled = !titles.isEmpty || hasTitleBefore(run.lowerBound)
        if run.count == 1, !titled, !tracker.isKnownPerson(t[run.lowerBound].hash), name == NameRun.text(s, t, run) {
            return Speaker(name: name, kind: .organisation)
        }
        return Speaker(name: name, kind: .person)
    }

    /// "Mr. Patel", "M. Durand", "Dr Martin".
    private func hasTitleBefore(_ k: Int) -> Bool {
        var j = k - 1
        if j >= 0, SpeakerFinder.isPunct(t[j], ".") { j -= 1 }
        return j >= 0 && InstitutionLexicon.titles.contains(t[j].hash) && t[j].kind == .word
    }

    /// "X, <appositive>, said": where the subject ends before the appositive, or the name the appositive gives
    /// ("Le ministre de l'Économie, Antoine Durand, a dit").
    func appositive(endingAt comma: Int) -> (name: Speaker?, before: Int)? {
        var p = comma - 1
        while p >= 0, comma - p < 16, !SpeakerFinder.isPunct(t[p], ",") {
            if t[p].kind == .punct, !SpeakerFinder.isPunct(t[p], "'"), !SpeakerFinder.isPunct(t[p], "-"),
                !SpeakerFinder.isPunct(t[p], "."), !SpeakerFinder.isPunct(t[p], "\u{2019}")
            {
                return nil
            }
            p -= 1
        }
        guard p >= 1, SpeakerFinder.isPunct(t[p], ",") else { return nil }
        if let run = NameRun.forward(s, t, from: p + 1), run.upperBound == comma - 1 {
            let speaker = named(run)
            if speaker.kind == .person { return (speaker, p - 1) }
        }
        return (nil, p - 1)
    }

    /// The speaker named from token `k` on: "la préfecture", "une source proche du dossier", "Altman", "lui".
    func forward(from start: Int) -> Speaker? {
        var k = start
        while k < t.count, t[k].kind == .word, Self.determiners.contains(t[k].hash) { k += 1 }
        guard k < t.count else { return nil }
        if Self.objectPronouns.contains(t[k].hash) {
            return tracker.lastPerson.map { Speaker(name: $0, kind: .person) }
        }
        // "said Dr. Omar Haddad", "said Mr Patel": a title (and its period) before the name
        if t[k].kind == .word, InstitutionLexicon.titles.contains(t[k].hash), s[t[k].start].isUpper {
            let name = k + 1 < t.count && SpeakerFinder.isPunct(t[k + 1], ".") ? k + 2 : k + 1
            if let run = NameRun.forward(s, t, from: name) {
                let speaker = named(run)
                return Speaker(name: speaker.name, kind: .person)
            }
        }
        if let run = NameRun.forward(s, t, from: k), !(run.count == 1 && head(k) != nil) {
            // "le syndicat CGT" reads as CGT; "Le Parisien" as itself.
            return named(run)
        }
        // A common head within three words: "three people briefed", "plusieurs sources", "the county fire department".
        var h = k
        while h < t.count, h - k < 4, head(h) == nil {
            guard t[h].kind != .punct else { return k > start ? namedAfterRole(from: k, comma: h) : nil }
            h += 1
        }
        guard let kind = head(h) else { return nil }
        switch kind {
        case .data:
            // "les données provisoires de la Dares" → Dares; else the data as a document.
            var l = h + 1
            while l < t.count, l - h < 5, !Self.producerLinks.contains(t[l].hash), t[l].kind == .word { l += 1 }
            if l < t.count, Self.producerLinks.contains(t[l].hash), let producer = forward(from: l + 1) {
                return producer
            }
            return Speaker(name: text(k, phraseEnd(after: h)), kind: .document)
        case .role:
            return role(from: k, head: h, end: phraseEnd(after: h, links: true))
        case .organisation, .anonymous, .document:
            if kind == .organisation, let run = NameRun.forward(s, t, from: h + 1) {
                return Speaker(name: tracker.expand(s, t, run), kind: .organisation)
            }
            // An organisation keeps its complement right after the head or after an institutional adjective:
            // "le parquet de Lyon", "le service départemental d'incendie et de secours".
            let adjective = InstitutionLexicon.institutionAdjectives.contains(next(h))
            let complement = Self.links.contains(next(h)) || (adjective && Self.links.contains(next(h + 1)))
            let end = phraseEnd(after: h, links: kind != .organisation || complement)
            if kind == .organisation { return organisation(k, h, end) }
            return Speaker(name: text(k, end), kind: speakerKind(kind))
        }
    }

    /// "a souligné l'ingénieur départemental, Yves Marchal": a role the lexicon does not know (lower-case words
    /// from `first` to the comma at `comma`), then the person's name, which is the speaker.
    private func namedAfterRole(from first: Int, comma: Int) -> Speaker? {
        guard comma > first, SpeakerFinder.isPunct(t[comma], ","),
            (first..<comma).allSatisfy({ !s[t[$0].start].isUpper }),
            let run = NameRun.forward(s, t, from: comma + 1)
        else { return nil }
        let speaker = named(run)
        return speaker.kind == .person ? speaker : nil
    }

    /// An inverted subject the lexicon does not know, when it ends the sentence: ", a annoncé l'interprofession."
    /// A definite article and at most four lower-case words, then nothing but punctuation: an organisation.
    func invertedSubject(from start: Int) -> Speaker? {
        guard start < t.count, t[start].kind == .word, Self.definite.contains(t[start].hash) else { return nil }
        var k = start + 1
        var last: Int?
        while k < t.count, t[k].kind == .word {
            guard k - start <= 4, !s[t[k].start].isUpper,
                t[k].flags.isDisjoint(with: [.reporting, .attribution, .month])
            else { return nil }
            if !Self.phraseLinks.contains(t[k].hash) { last = k }
            k += 1
        }
        guard let last, t[k...].allSatisfy({ $0.kind == .punct }) else { return nil }
        return Speaker(name: text(start + 1, last), kind: .organisation)
    }

    /// The speaker whose name or noun phrase ends at token `k`: "Airbus", "Le parquet de Lyon", "the minister",
    /// "police sources", "a source close to the negotiations".
    func backward(endingAt k: Int) -> Speaker? {
        if let run = NameRun.backward(s, t, endingAt: k), !(run.count == 1 && head(k) != nil) {
            var before = run.lowerBound - 1
            if before >= 0, Self.determiners.contains(t[before].hash), before > 0,
                Self.links.contains(t[before - 1].hash)
            {
                before -= 1
            }
            // "Le parquet de Lyon", "Le ministre de l'Économie": a common head before "de" + name.
            if before >= 1, Self.links.contains(t[before].hash), let kind = head(before - 1) {
                let h = before - 1
                let first = modifiersStart(h)
                if kind == .role { return role(from: first, head: h, end: k) }
                return Speaker(name: text(first, k), kind: speakerKind(kind))
            }
            return named(run)
        }
        // A common head at k, or within the last six words before k ("a source close to the negotiations").
        var h = k
        while h >= 0, k - h < 6, head(h) == nil {
            guard t[h].kind == .word, !Self.phraseStops.contains(t[h].hash) || Self.phraseLinks.contains(t[h].hash)
            else {
                return nil
            }
            h -= 1
        }
        guard h >= 0, let kind = head(h) else { return nil }
        if h < k, kind != .anonymous, kind != .document, !Self.links.contains(next(h)) { return nil }
        let first = modifiersStart(h)
        if kind == .role { return role(from: first, head: h, end: k) }
        if kind == .data, h == k { return Speaker(name: text(first, k), kind: .document) }
        if kind == .organisation, first == h { return organisation(first, h, k) }
        return Speaker(name: text(first, k), kind: speakerKind(kind))
    }

    /// A role: the name after it ("le président du club, Henri Vidal"), the person the text gave it, or itself.
    private func role(from first: Int, head h: Int, end: Int) -> Speaker {
        var a = end + 1
        if a < t.count, SpeakerFinder.isPunct(t[a], ",") {
            a += 1
            if let run = NameRun.forward(s, t, from: a) { return named(run) }
        }
        if let person = tracker.person(forRole: t[h].hash) { return Speaker(name: person, kind: .person) }
        return Speaker(name: text(first, end), kind: .person)
    }

    private func speakerKind(_ head: Head) -> SpeakerKind {
        switch head {
        case .organisation: .organisation
        case .anonymous: .anonymous
        case .document, .data: .document
        case .role: .person
        }
    }

    private func next(_ h: Int) -> UInt64 { h + 1 < t.count ? t[h + 1].hash : 0 }

    /// Lower-case modifiers before a head: "county fire department", "police sources", "two officials".
    private func modifiersStart(_ h: Int) -> Int {
        var first = h
        while first > 0, h - first < 3 {
            let p = first - 1
            guard t[p].kind == .word || t[p].kind == .number, !Self.determiners.contains(t[p].hash),
                !Self.phraseStops.contains(t[p].hash),
                t[p].flags.isDisjoint(with: [.reporting, .attribution]),
                !ClaimLexicon.auxiliaries.contains(t[p].hash)
            else { break }
            if t[p].kind == .word, s[t[p].start].isUpper, p > 0 { break }
            if t[p].length == 1 {
                // A possessor keeps its noun: "the prosecutor's office", "the agency's annual report".
                if p >= 2, SpeakerFinder.isPunct(t[p - 1], "'") || SpeakerFinder.isPunct(t[p - 1], "\u{2019}"),
                    t[p - 2].kind == .word, !Self.determiners.contains(t[p - 2].hash)
                {
                    first = p - 2
                }
                break
            }
            first = p
        }
        return first
    }

    /// The last token of the phrase a head opens: adjectives and complements, up to five words.
    private func phraseEnd(after h: Int, links: Bool = true) -> Int {
        var end = h
        var k = h + 1
        while k < t.count, k - h <= 6, t[k].kind == .word {
            let w = t[k].hash
            let flags = t[k].flags
            if !flags.isDisjoint(with: [.reporting, .attribution]) { break }
            // "d'incendie et de secours": a coordinated complement continues the phrase.
            let coordinated = Self.coordinators.contains(w) && k + 1 < t.count && Self.links.contains(t[k + 1].hash)
            if Self.phraseStops.contains(w), !Self.phraseLinks.contains(w), !coordinated { break }
            if !links, Self.phraseLinks.contains(w) { break }
            if !Self.phraseLinks.contains(w), !coordinated { end = k }
            k += 1
        }
        return end
    }

    private func text(_ a: Int, _ b: Int) -> String { ScalarString.make(s, t[a].start..<t[b].end) }
}
