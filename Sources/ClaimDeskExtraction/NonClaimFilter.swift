import ClaimDeskModel
import ClaimDeskText

/// Recognises what is not a claim although it looks like one: headlines, subheadings, datelines and bylines
/// ("Reuters, June 3, 2021", "By Jane Doe", "Par Claire Martin"), station or site promos ("Notre rédaction fait
/// le point en quatre graphiques", "Watch our live coverage"), and inside a quotation the speaker's feelings,
/// courtesies and wishes ("Cette décision n'a pas été facile à prendre", "Je suis très attaché à l'équipe",
/// "J'ai un profond respect pour…", "Ce serait une excellente nouvelle si…") and judgements ("C'est une question
/// de principe", "These are too important to be rushed", "Volunteers play a vital role").
enum NonClaimFilter {
    /// What a line (paragraph) is.
    enum LineKind: Sendable { case body, headline, byline }

    private static let bylineStarts = WordHash.set(["by", "par", "de"])
    private static let bylineJoins = WordHash.set([
        "and", "et", "with", "avec", "in", "à", "correspondent", "envoyé", "envoyée", "spécial", "spéciale",
    ])
    private static let promoOpeners = WordHash.set([
        "watch", "read", "lire", "regardez", "retrouvez", "suivez", "follow", "subscribe", "abonnez", "découvrez",
        "listen", "écoutez", "download", "téléchargez", "click", "cliquez", "sign", "inscrivez", "revoir", "voir",
    ])
    private static let ourWords = WordHash.set(["notre", "nos", "our"])
    private static let mediaWords = WordHash.set([
        "rédaction", "graphiques", "graphique", "vidéo", "vidéos", "direct", "newsletter", "podcast", "app",
        "application", "coverage", "site", "journalistes", "journaliste", "reporters", "reporter", "live",
        "édition", "infographie", "carte", "cartes", "chaîne", "émission", "antenne", "team", "équipe", "newsroom",
        "correspondant", "correspondante", "envoyé", "envoyée", "blog", "fil", "liveblog", "charts", "graphics",
        "map", "maps", "explainer",
    ])
    private static let feelingWords = WordHash.set([
        "attaché", "attachée", "attachés", "respect", "fier", "fière", "fiers", "proud", "grateful", "thankful",
        "reconnaissant", "reconnaissante", "heureux", "heureuse", "happy", "honoured", "honored", "honoré",
        "honorée", "ému", "émue", "touché", "touchée", "triste", "sad", "déçu", "déçue", "disappointed",
        "delighted", "pleased", "ravi", "ravie", "merci", "thank", "thanks", "remercie", "remercier", "regrette",
        "sorry", "désolé", "désolée", "love", "aime", "adore", "excited", "saddened", "heartbroken", "humbled",
    ])
    private static let hardWords = WordHash.set([
        "facile", "difficile", "easy", "hard", "tough", "simple", "painful", "douloureuse",
    ])
    private static let decisionWords = WordHash.set(["décision", "decision", "choix", "choice"])
    private static let wishWords = WordHash.set([
        "excellente", "formidable", "merveilleux", "bonne", "great", "wonderful", "good", "souhaite", "espère",
        "hope", "wish", "rêve",
    ])
    /// "question", "matter", "concern": what a speaker calls an issue ("C'est une question de justice").
    private static let framingNouns = WordHash.set([
        "question", "matter", "concern", "issue", "affaire", "sujet", "enjeu",
    ])
    private static let copulas = WordHash.set([
        "is", "s", "was", "remains", "est", "était", "reste", "agit", "agissait",
    ])
    private static let indefinites = WordHash.set(["a", "an", "un", "une", "d'"])
    /// "too important to…", "trop précieux pour…": a judgement of degree.
    private static let degreeWords = WordHash.set(["too", "trop"])
    private static let judgementAdjectives = WordHash.set([
        "important", "importante", "importants", "importantes", "précieux", "précieuse", "précieuses", "precious",
        "grave", "graves", "serious", "sérieux", "sérieuse", "sérieuses", "dangerous", "dangereux", "dangereuse",
        "dangereuses", "essential", "essentiel", "essentielle", "essentiels", "essentielles", "crucial", "cruciale",
        "cruciaux", "cruciales", "high", "élevé", "élevés", "élevée", "élevées", "lourd", "lourds", "lourde",
        "lourdes", "big", "great", "grand", "grande", "grands", "grandes", "sensitive", "sensible", "sensibles",
        "valuable", "risky", "risqué", "risquée",
    ])
    /// "play a vital role", "jouent un rôle essentiel".
    private static let roleWords = WordHash.set(["role", "rôle"])
    private static let playWords = WordHash.set([
        "play", "plays", "played", "playing", "joue", "jouent", "jouait", "jouaient", "jouera", "joueront",
    ])
    private static let roleAdjectives = WordHash.set([
        "vital", "key", "crucial", "central", "important", "major", "essential", "big", "huge", "clé", "clef",
        "essentiel", "majeur", "déterminant", "primordial", "fondamental",
        "capital", "considérable",
    ])

    /// Every word the promo, feeling, wish and judgement rules look for (``WordFlags/nonClaimCue``).
    static let cues: WordSet = promoOpeners.union(ourWords).union(feelingWords).union(hardWords).union(wishWords)
        .union(framingNouns).union(degreeWords).union(roleWords)

    private static let si = WordHash.of("si")
    private static let ifWord = WordHash.of("if")

    /// Whether the line `s[line]` (a whole paragraph) is a headline, a dateline or a byline rather than body text.
    ///
    /// A headline is a short line without final punctuation followed by body text (a line that ends a sentence)
    /// or by a byline; a short line among other unpunctuated lines (a social-media post) stays body text.
    ///
    /// - Parameter next: the line after it, if any (a last line is body text).
    static func lineKind(_ s: [Unicode.Scalar], _ line: Range<Int>, next: Range<Int>?) -> LineKind {
        let isLast = next == nil
        var end = line.upperBound
        while end > line.lowerBound, s[end - 1].isSpace { end -= 1 }
        guard end > line.lowerBound, end - line.lowerBound < 160 else { return .body }
        var start = line.lowerBound
        while start < end, s[start].isSpace { start += 1 }
        let opensLikeByline = s[start] == "B" || s[start] == "P" || s[start] == "D"
        if !opensLikeByline, isLast || endsSentence(s[end - 1]) { return .body }
        let t = Tokenizer.tokens(s, line.lowerBound..<end)
        let words = t.filter { $0.kind == .word || $0.kind == .number }
        guard !words.isEmpty else { return .body }
        if isByline(s, t) { return .byline }
        if isLast { return .body }
        if endsSentence(s[end - 1]) { return .body }
        guard let next, lineKind(s, next, next: nil) == .byline || lineEndsSentence(s, next) else { return .body }
        if startsWithListMarker(s, line) { return .body }
        return words.count <= 16 ? .headline : .body
    }

    private static func lineEndsSentence(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, s[end - 1].isSpace { end -= 1 }
        return end > line.lowerBound && endsSentence(s[end - 1])
    }

    private static func endsSentence(_ last: Unicode.Scalar) -> Bool {
        last == "." || last == "!" || last == "?" || last == "…" || last == "»" || last == "\"" || last == "\u{201D}"
            || last == ":" || last == ";" || last == ","
    }

    /// "- item", "• item", "1. item", "2) item": list items are body text.
    private static func startsWithListMarker(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound, s[i].isSpace { i += 1 }
        guard i < line.upperBound else { return false }
        let c = s[i]
        if c == "-" || c == "*" || c == "\u{2022}" || c.isDash { return true }
        var j = i
        while j < line.upperBound, s[j].isDigit { j += 1 }
        return j > i && j < line.upperBound && (s[j] == "." || s[j] == ")")
    }

    /// "By Jane Doe", "By Tom Hill and Sara Kim", "Par Claire Martin, envoyée spéciale à Kiev".
    private static func isByline(_ s: [Unicode.Scalar], _ t: [Token]) -> Bool {
        guard t.count >= 2, t.count <= 14, t[0].kind == .word, bylineStarts.contains(t[0].hash), s[t[0].start].isUpper
        else { return false }
        var names = 0
        for token in t.dropFirst() {
            if token.kind == .punct { continue }
            if token.kind == .word, s[token.start].isUpper {
                names += 1
            } else if token.kind == .word,
                bylineJoins.contains(token.hash) || InstitutionLexicon.particles.contains(token.hash)
            {
                continue
            } else {
                return false
            }
        }
        return names >= 1
    }

    /// "Notre rédaction fait le point en quatre graphiques", "Watch our live coverage on the app".
    static func isPromo(_ s: [Unicode.Scalar], _ t: [Token]) -> Bool {
        guard let first = t.first(where: { $0.kind == .word }) else { return false }
        if promoOpeners.contains(first.hash), s[first.start].isUpper { return true }
        var our = false
        for token in t where token.kind == .word {
            if ourWords.contains(token.hash) { our = true }
            if our, mediaWords.contains(token.hash) { return true }
        }
        return false
    }

    /// A feeling or courtesy of the speaker inside a quotation, with nothing to check: no number, no date.
    /// (Once only in quotes of several sentences; a one-sentence quote of thanks is no claim either.)
    static func isFeeling(_ a: SentenceAnalysis) -> Bool {
        guard a.numbers.isEmpty, a.dates.isEmpty else { return false }
        var feeling = false
        var hard = false
        var decision = false
        for token in a.tokens where token.kind == .word {
            let h = token.hash
            if feelingWords.contains(h) { feeling = true }
            if hardWords.contains(h) { hard = true }
            if decisionWords.contains(h) { decision = true }
        }
        if feeling, a.firstPerson { return true }
        return hard && decision
    }

    /// A judgement of the speaker inside a quotation, with nothing to check (no number, no date): what the speaker
    /// calls the issue ("It's a governance concern first and foremost", "Il s'agit avant tout d'une question de
    /// principe", "C'est un sujet très sérieux pour nous"), a degree ("These are too important to be rushed", "trop
    /// précieux pour être délocalisés") or an unmeasured role ("Volunteers play a vital role"). The same words
    /// with a fact are claims: "The problem is a crack in the pipe" (a crack is no way of calling an issue), "too
    /// narrow for two lorries" (not a judgement), "Schools will play a role from May 25" (a date; no judgement).
    static func isJudgement(_ a: SentenceAnalysis) -> Bool {
        guard a.numbers.isEmpty, a.dates.isEmpty else { return false }
        let words = a.tokens.filter { $0.kind == .word }
        for (i, word) in words.enumerated() {
            let h = word.hash
            if framingNouns.contains(h), framesTheIssue(words, at: i) { return true }
            if degreeWords.contains(h), i + 1 < words.count, judgementAdjectives.contains(words[i + 1].hash) {
                return true
            }
            if roleWords.contains(h) {
                let before = words[max(0, i - 3)..<i]
                let played = before.contains { playWords.contains($0.hash) }
                let judged =
                    before.contains { roleAdjectives.contains($0.hash) }
                    || (i + 1 < words.count && roleAdjectives.contains(words[i + 1].hash))
                if played, judged { return true }
            }
        }
        return false
    }

    /// Whether `words[noun]` closes "it is a …", "c'est une …", "il s'agit (avant tout) d'une …": a copula, an
    /// indefinite article within four words after it ("avant tout d'une"), and the noun within three after that.
    private static func framesTheIssue(_ words: [Token], at noun: Int) -> Bool {
        guard let article = (max(0, noun - 3)..<noun).last(where: { indefinites.contains(words[$0].hash) }) else {
            return false
        }
        return (max(0, article - 4)..<article).contains { copulas.contains(words[$0].hash) }
    }

    /// A wish or hypothesis of the speaker with nothing to check: "Ce serait une excellente nouvelle si…".
    static func isWish(_ a: SentenceAnalysis) -> Bool {
        guard a.numbers.isEmpty, a.dates.isEmpty else { return false }
        var wish = false
        var hypothesis = false
        for token in a.tokens where token.kind == .word {
            if wishWords.contains(token.hash) { wish = true }
            if token.hash == si || token.hash == ifWord { hypothesis = true }
        }
        return wish && hypothesis
    }
}
