import ClaimDeskModel
import ClaimDeskText

/// What one sentence (or quoted sentence) holds: its tokens, values and the named signals behind its score.
struct SentenceAnalysis: Sendable {
    var range: Range<Int>
    var tokens: [Token]
    var numbers: [NumberValue]
    /// The numbers the check-worthiness model sees (see ``ValueParser/Result/modelNumbers``).
    var modelNumbers: [NumberValue]
    var dates: [DateValue]
    var hedged: Bool
    /// Token index of the first reporting verb or source marker ("a déclaré", "selon", "said").
    var reportingIndex: Int?
    /// Whether a reporting verb, a source marker or another attribution verb ("announced") names a speaker.
    var attributed: Bool
    /// Whether a word may hedge (``WordFlags/hedgeCue`` or a possible conditionnel): ``HedgeFinder`` is worth running.
    var hedgeCue: Bool
    /// Whether a word of a promo, feeling or wish occurs: ``NonClaimFilter`` is worth running.
    var nonClaimCue: Bool
    var hasComparison: Bool
    var hasFuture: Bool
    var hasPast: Bool
    var firstPerson: Bool
    var secondPerson: Bool
    var opinion: Bool
    var negation: Bool
    var question: Bool
    var exclamation: Bool
    var quoted: Bool
    var numberWord: Bool
    var superlative: Bool
    /// Capitalised words other than the first.
    var entityCount: Int
    var wordCount: Int

    /// Analyses `s[range]`.
    init(_ s: [Unicode.Scalar], _ range: Range<Int>, parser: ValueParser, contextYear: Int? = nil) {
        self.range = range
        let t = Tokenizer.tokens(s, range)
        tokens = t
        let values = parser.parse(s, t, contextYear: contextYear)
        numbers = values.numbers
        modelNumbers =
            values.modelNumbers.allSatisfy { $0 }
            ? values.numbers : zip(values.numbers, values.modelNumbers).compactMap { $1 ? $0 : nil }
        dates = values.dates
        var hedged = false
        var reporting: Int?
        var attributed = false
        var hedgeCue = false
        var nonClaimCue = false
        var comparison = false
        var future = false
        var past = false
        var first = false
        var second = false
        var opinion = false
        var negation = false
        var quoted = false
        var numberWord = false
        var superlative = false
        var phraseStart: Int?
        var entities = 0
        var words = 0
        let de = Self.de
        let source = Self.source
        let sources = Self.sources
        let apres = Self.apres
        let dElided = Self.dElided
        for (index, token) in t.enumerated() {
            switch token.kind {
            case .word:
                words += 1
                let h = token.hash
                let f = token.flags
                if !f.isEmpty {
                    if f.contains(.hedge), !Self.followedByCounterfactual(t, index) { hedged = true }
                    if reporting == nil, f.contains(.reporting) { reporting = index }
                    if f.contains(.attribution) { attributed = true }
                    if f.contains(.hedgeCue) { hedgeCue = true }
                    if f.contains(.nonClaimCue) { nonClaimCue = true }
                    if f.contains(.comparison) { comparison = true }
                    if f.contains(.comparativeHead), index + 1 < t.count,
                        t[index + 1].flags.contains(.comparativeTail)
                    {
                        comparison = true
                    }
                    if f.contains(.future) { future = true }
                    if f.contains(.past) { past = true }
                    if f.contains(.firstPerson) { first = true }
                    if f.contains(.secondPerson) { second = true }
                    if f.contains(.opinion) { opinion = true }
                    if f.contains(.negation) { negation = true }
                    if f.contains(.numberWord) { numberWord = true }
                    if f.contains(.superlative) { superlative = true }
                    if phraseStart == nil, f.contains(.phraseStart) { phraseStart = index }
                }
                if h == de, index + 1 < t.count, t[index + 1].hash == source || t[index + 1].hash == sources {
                    attributed = true  // "de source judiciaire": attribution without a verb
                }
                if reporting == nil, h == apres, index > 0, t[index - 1].hash == dElided { reporting = index }
                if index > 0, s[token.start].isUpper, !f.contains(.nameStop),
                    !(t[index - 1].kind == .punct && (s[t[index - 1].start] == "." || s[t[index - 1].start] == "«"))
                {
                    entities += 1
                }
                if token.length > 2, Self.endsWithEd(s, token) { past = true }
                if !hedgeCue, HedgeFinder.mayBeConditionnel(s, token) { hedgeCue = true }
            case .punct:
                let c = s[token.start]
                if c == "«" || c == "\u{201C}" || c == "\"" { quoted = true }
            case .number:
                words += 1
            }
        }
        if !hedged, let phraseStart { hedged = Self.matchesHedgePhrase(t, from: phraseStart) }
        self.hedged = hedged
        reportingIndex = reporting
        self.attributed = attributed || reporting != nil
        self.hedgeCue = hedgeCue
        self.nonClaimCue = nonClaimCue
        hasComparison = comparison
        hasFuture = future
        hasPast = past
        firstPerson = first
        secondPerson = second
        self.opinion = opinion
        self.negation = negation
        self.quoted = quoted
        self.numberWord = numberWord
        self.superlative = superlative
        entityCount = entities
        wordCount = words
        var last = range.upperBound
        while last > range.lowerBound, s[last - 1].isSpace || SegmenterLexicon.isCloser(s[last - 1]) { last -= 1 }
        question = last > range.lowerBound && s[last - 1] == "?"
        exclamation = last > range.lowerBound && s[last - 1] == "!"
    }

    private static let apres = WordHash.of("après")
    private static let de = WordHash.of("de")
    private static let source = WordHash.of("source")
    private static let sources = WordHash.of("sources")
    private static let dElided = WordHash.of("d'")

    private static func followedByCounterfactual(_ t: [Token], _ index: Int) -> Bool {
        var k = index + 1
        while k < t.count, k <= index + 3 {
            if ClaimLexicon.counterfactual.contains(t[k].hash) { return true }
            k += 1
        }
        return false
    }

    private static func endsWithEd(_ s: [Unicode.Scalar], _ token: Token) -> Bool {
        s[token.end - 1] == "d" && s[token.end - 2] == "e" && token.length > 3
    }

    /// Whether the word tokens from `first` on hold one of ``ClaimLexicon/hedgePhrases`` contiguously (punctuation
    /// skipped).
    static func matchesHedgePhrase(_ t: [Token], from first: Int) -> Bool {
        let phrases = ClaimLexicon.hedgePhrases
        let starts = ClaimLexicon.hedgePhraseStarts
        for index in first..<t.count where t[index].kind == .word && t[index].flags.contains(.phraseStart) {
            var candidates = starts.get(t[index].hash)
            while candidates != 0 {
                let phrase = phrases[candidates.trailingZeroBitCount]
                candidates &= candidates - 1
                var k = index + 1
                var matched = 1
                while matched < phrase.count, k < t.count {
                    if t[k].kind == .word {
                        if t[k].hash != phrase[matched] { break }
                        matched += 1
                    }
                    k += 1
                }
                if matched == phrase.count { return true }
            }
        }
        return false
    }

    /// Whether the sentence states something a fact-checker could check.
    var isCheckable: Bool {
        if question || exclamation { return false }
        if wordCount < 4 { return false }
        return !numbers.isEmpty || !dates.isEmpty || entityCount > 0 || reportingIndex != nil || quoted || attributed
    }
}
