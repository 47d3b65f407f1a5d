import ClaimDeskModel
import ClaimDeskText

/// A candidate claim found in one place, before duplicates merge.
struct ClaimUnit: Sendable {
    var range: Range<Int>
    var type: ClaimType
    var score: Double
    var hedged: Bool
    /// The hedging words, when hedged.
    var hedge: String?
    var speaker: Speaker?
    var numbers: [NumberValue]
    var dates: [DateValue]
    var signals: [Signal]
    /// The word hashes duplicates are compared on (leading connectors such as "Mais" dropped).
    var words: [UInt64]
    /// Article-level signals added after the model (``ArticlePrior``): lede, scheduling detail.
    var prior: [Signal] = []
}

/// Turns the lines of a text into claim units, keeping track of the people named so far.
struct ClaimBuilder {
    let scalars: [Unicode.Scalar]
    let language: Language
    let parser: ValueParser
    let model: CheckworthinessModel.Dense
    var tracker = PersonTracker()
    /// The claims so far, merged as units arrive (so units are not all kept in memory).
    var deduplicator: ClaimDeduplicator
    /// Units waiting for the log-odds of the sentences after them.
    private var context: CheckworthinessContext<ClaimUnit>
    /// Headlines, subheadings and datelines, linked at the end to the body claim they repeat.
    private var headlines: [(range: Range<Int>, claims: Int)] = []
    /// The dates of the last unit read, and of the paragraph's previous sentence.
    private var unitDates: [DateValue] = []
    private var previousDates: [DateValue] = []
    /// Body sentences read so far (the first ones are the lede).
    private var bodySentences = 0

    init(scalars: [Unicode.Scalar], language: Language, parser: ValueParser, model: CheckworthinessModel.Dense) {
        self.scalars = scalars
        self.language = language
        self.parser = parser
        self.model = model
        deduplicator = ClaimDeduplicator(scalars: scalars)
        context = CheckworthinessContext(weight: model.model.contextWeight, window: model.model.contextWindow)
    }

    /// The claims, once every line has been added.
    mutating func finish() -> [ExtractedClaim] {
        while let (unit, z) = context.pop(ended: true) { add(unit, z) }
        for headline in headlines {
            let words = Self.words(Tokenizer.tokens(scalars, headline.range))
            deduplicator.linkHeadline(headline.range, words: words, from: headline.claims)
        }
        return deduplicator.finish()
    }

    /// Adds a sentence's log-odds to the context, with its unit when it is a claim.
    private mutating func push(_ z: Double, _ unit: ClaimUnit?) {
        context.push(z, unit)
        while let (ready, blended) = context.pop() { add(ready, blended) }
    }

    /// Gives `unit` its score in context and merges it.
    private mutating func add(_ unit: ClaimUnit, _ z: Double) {
        var unit = unit
        unit.signals = CheckworthinessModel.Dense.withContext(unit.signals, z - unit.score)
        var prior = 0.0
        if !unit.prior.isEmpty {
            unit.signals.append(contentsOf: unit.prior)
            for signal in unit.prior { prior += signal.weight }
        }
        unit.score = CheckworthinessModel.Dense.probability(z + prior)
        deduplicator.add(unit)
    }

    /// Adds the log-odds of a sentence that is not a claim, as context for its neighbours.
    private mutating func pushAlone(_ analysis: SentenceAnalysis, quote: Bool) {
        guard context.weight != 0, context.window > 0 else { return }
        let features = CheckworthinessFeatures(scalars, analysis, buckets: model.model.buckets, quote: quote)
        push(model.logOddsOnly(features), nil)
    }

    /// Minimum words for a quotation to stand as claims of its own.
    static let standaloneQuoteWords = 5

    /// Adds one line (paragraph); `next` is the line after it, which tells a headline from a short paragraph.
    mutating func addLine(_ line: Range<Int>, next: Range<Int>? = nil) {
        let s = scalars
        switch NonClaimFilter.lineKind(s, line, next: next) {
        case .byline: return
        case .headline:
            var end = line.upperBound
            while end > line.lowerBound, s[end - 1].isSpace { end -= 1 }
            headlines.append((line.lowerBound..<end, max(0, deduplicator.count - 1)))
            return
        case .body: break
        }
        previousDates = []
        let sentences = SentenceSegmenter(language: language).ranges(in: s, from: line.lowerBound, to: line.upperBound)
        guard !sentences.isEmpty else { return }
        let quotes = QuoteFinder.quotes(s, line).filter { isStandalone($0, sentences) }
        let signature = Signature.find(s, sentences.last, parser: parser)
        let signatureSpeaker = signature.map { sig -> Speaker in
            let tokens = Tokenizer.tokens(s, sig.nameRange)
            let name = tokens.isEmpty ? sig.name : tracker.expand(s, tokens, 0...(tokens.count - 1))
            return Speaker(name: name, kind: .person)
        }
        var lastQuoteSpeaker: Speaker?
        for (index, sentence) in sentences.enumerated() {
            if let signature, index == sentences.count - 1, signature.sentence == sentence { break }
            let startingQuotes = quotes.filter { sentence.contains($0.open) }
            for quote in startingQuotes {
                let speaker = quoteSpeaker(quote, sentences) ?? lastQuoteSpeaker ?? signatureSpeaker
                lastQuoteSpeaker = speaker
                var contentEnd = quote.content.upperBound
                while contentEnd > quote.content.lowerBound, s[contentEnd - 1] == "," || s[contentEnd - 1].isSpace {
                    contentEnd -= 1
                }
                let parts = SentenceSegmenter(language: language).ranges(
                    in: s,
                    from: quote.content.lowerBound,
                    to: contentEnd
                )
                for part in parts {
                    // Inside a long quotation, the speaker's feelings and courtesies are not claims.
                    addUnit(part, quote: true, speaker: speaker, extraDates: [])
                }
            }
            let overlapping = quotes.filter { $0.open < sentence.upperBound && $0.close >= sentence.lowerBound }
            var sentenceTokens: [Token]?
            unitDates = []
            if overlapping.isEmpty {
                sentenceTokens = addUnit(
                    sentence,
                    quote: signature != nil,
                    speaker: signatureSpeaker,
                    extraDates: signature.map { [$0.date] } ?? [],
                    paragraph: previousDates
                )
            } else if let rest = remainder(sentence, overlapping), QuoteFinder.wordCount(s, rest) >= 8,
                !isFrame(rest)
            {
                addUnit(rest, quote: false, speaker: nil, extraDates: [], paragraph: previousDates)
            }
            previousDates = unitDates
            bodySentences += 1
            tracker.observe(s, sentenceTokens ?? Tokenizer.tokens(s, sentence))
        }
    }

    /// A quotation stands on its own when it has enough words and its sentence only frames it.
    private func isStandalone(_ q: Quote, _ sentences: [Range<Int>]) -> Bool {
        let s = scalars
        guard QuoteFinder.wordCount(s, q.content) >= Self.standaloneQuoteWords else { return false }
        guard let first = sentences.first(where: { $0.contains(q.open) }),
            let last = sentences.first(where: { $0.contains(q.close) })
        else { return false }
        var b = q.open
        while b > first.lowerBound, s[b - 1].isSpace { b -= 1 }
        let before = b == first.lowerBound || s[b - 1] == ":" || s[b - 1] == ","
        var a = q.close + 1
        while a < last.upperBound, s[a].isSpace { a += 1 }
        let endsWithComma = s[q.content.upperBound - 1] == ","  // English: “…,” she said.
        let after = a >= last.upperBound || s[a] == "," || s[a] == "." || s[a].isDash || endsWithComma
        return before && after
    }

    /// The speaker of a quotation, from the text around it in its sentences.
    private func quoteSpeaker(_ q: Quote, _ sentences: [Range<Int>]) -> Speaker? {
        let s = scalars
        guard let first = sentences.first(where: { $0.contains(q.open) }),
            let last = sentences.first(where: { $0.contains(q.close) })
        else { return nil }
        let before = Tokenizer.tokens(s, first.lowerBound..<q.open)
        if !before.isEmpty, let speaker = SpeakerFinder.speaker(s, before, tracker) { return speaker }
        let after = Tokenizer.tokens(s, (q.close + 1)..<max(q.close + 1, last.upperBound))
        if !after.isEmpty, let speaker = SpeakerFinder.speaker(s, after, tracker) { return speaker }
        return nil
    }

    /// Whether a piece of text only introduces a quotation ("Elle a ajouté plus tard sur X :").
    private func isFrame(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, scalars[end - 1].isSpace { end -= 1 }
        if end > range.lowerBound, scalars[end - 1] == ":" { return true }
        let tokens = Tokenizer.tokens(scalars, range)
        return tokens.contains { $0.kind == .word && $0.flags.contains(.reporting) }
    }

    /// The longest part of `sentence` outside the quotations.
    private func remainder(_ sentence: Range<Int>, _ quotes: [Quote]) -> Range<Int>? {
        var pieces: [Range<Int>] = []
        var cursor = sentence.lowerBound
        for q in quotes.sorted(by: { $0.open < $1.open }) {
            if q.open > cursor { pieces.append(cursor..<q.open) }
            cursor = max(cursor, q.close + 1)
        }
        if cursor < sentence.upperBound { pieces.append(cursor..<sentence.upperBound) }
        return pieces.max(by: { $0.count < $1.count })
    }

    /// Analyses one candidate and keeps it when it is a claim; returns the tokens of `range`.
    @discardableResult
    private mutating func addUnit(
        _ range: Range<Int>,
        quote: Bool,
        speaker: Speaker?,
        extraDates: [DateValue],
        paragraph: [DateValue] = []
    ) -> [Token] {
        let s = scalars
        var range = range
        let contextYear = Self.explicitYear(paragraph)
        var analysis = SentenceAnalysis(s, range, parser: parser, contextYear: contextYear)
        let tokens = analysis.tokens
        // "…, relançant un débat : peut-on faire confiance … ?" keeps the statement before the colon.
        if analysis.question, let colon = lastColon(range), QuoteFinder.wordCount(s, range.lowerBound..<colon) >= 6 {
            range = range.lowerBound..<colon
            analysis = SentenceAnalysis(s, range, parser: parser, contextYear: contextYear)
        }
        // "Fin février 2026, … D'un côté, Anthropic a refusé…": a continuing sentence keeps the previous date.
        var extraDates = extraDates
        if analysis.dates.isEmpty, !paragraph.isEmpty, Self.continues(analysis.tokens) { extraDates += paragraph }
        unitDates = analysis.dates + extraDates.filter { !analysis.dates.contains($0) }
        if analysis.question || analysis.exclamation {
            pushAlone(analysis, quote: quote)
            return tokens
        }
        let checkable = analysis.isCheckable || (!extraDates.isEmpty && analysis.wordCount >= 4)
        if quote
            ? analysis.wordCount < 4
                || analysis.nonClaimCue
                    && (NonClaimFilter.isWish(analysis) || NonClaimFilter.isFeeling(analysis)
                        || NonClaimFilter.isJudgement(analysis))
            : !checkable || (analysis.nonClaimCue && NonClaimFilter.isPromo(s, analysis.tokens))
        {
            pushAlone(analysis, quote: quote)
            return tokens
        }
        var speaker = speaker
        if speaker == nil, analysis.attributed {
            speaker = SpeakerFinder.speaker(s, analysis.tokens, tracker)
        }
        let hedge = analysis.hedgeCue ? HedgeFinder.hedge(s, analysis.tokens, language: language) : nil
        let features = CheckworthinessFeatures(
            s,
            analysis,
            buckets: model.model.buckets,
            speaker: speaker != nil,
            quote: quote
        )
        // The unit carries its own log-odds as its score until its neighbours are known (see `add`).
        let (score, signals) = model.logOdds(features)
        let dates = unitDates
        push(
            score,
            ClaimUnit(
                range: range,
                type: Self.type(analysis, quote: quote, dates: dates),
                score: score,
                hedged: hedge != nil,
                hedge: hedge,
                speaker: speaker,
                numbers: analysis.numbers,
                dates: dates,
                signals: signals,
                words: Self.words(analysis.tokens),
                prior: ArticlePrior.signals(s, analysis, lede: !quote && bodySentences < 2, speaker: speaker)
            )
        )
        return tokens
    }

    /// The year the paragraph's previous sentence wrote, if it wrote one.
    static func explicitYear(_ dates: [DateValue]) -> Int? {
        for date in dates {
            guard let year = Int(date.value.prefix(4)) else { continue }
            // Written when the text holds a run of four digits (the year itself, not one inferred).
            var run = 0
            var value = 0
            for byte in date.text.utf8 {
                if byte >= 48, byte <= 57 {
                    run += 1
                    value = value * 10 + Int(byte - 48)
                    if run == 4, value == year { return year }
                } else {
                    run = 0
                    value = 0
                }
            }
        }
        return nil
    }

    private static let de = WordHash.of("de")
    private static let autre = WordHash.of("autre")

    /// Whether a sentence opens by continuing the previous one ("D'un côté", "De l'autre", "Meanwhile").
    static func continues(_ t: [Token]) -> Bool {
        var words = 0
        for token in t where token.kind == .word {
            if InstitutionLexicon.continuationOpeners.contains(token.hash) { return true }
            if token.hash == autre, t.first?.hash == de { return true }
            words += 1
            if words == 4 { break }
        }
        return false
    }

    private func lastColon(_ range: Range<Int>) -> Int? {
        var index = range.upperBound - 1
        while index > range.lowerBound {
            if scalars[index] == ":" || scalars[index] == ";" { return index }
            index -= 1
        }
        return nil
    }

    /// The lower-cased word and number hashes of a unit, without leading connectors.
    static func words(_ tokens: [Token]) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(tokens.count)
        for token in tokens where token.kind != .punct {
            if words.isEmpty, token.kind == .word, token.flags.contains(.connector) { continue }
            words.append(token.hash)
        }
        return words
    }

    static func type(_ a: SentenceAnalysis, quote: Bool, dates: [DateValue]) -> ClaimType {
        if quote { return .quote }
        if !a.numbers.isEmpty { return .statistic }
        if a.hasComparison { return .comparison }
        if a.reportingIndex != nil { return .attribution }
        if a.hasFuture { return .prediction }
        if !dates.isEmpty || a.hasPast { return .event }
        return .other
    }
}
