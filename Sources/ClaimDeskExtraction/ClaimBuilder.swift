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
    /// Where the unit is, with its TextQuote context.
    var span: TextSpan
}

/// Turns the readings of a text's lines (``LineReader``), in order, into claims, keeping track of the people
/// named so far: speakers, the lede, each sentence's score among its neighbours, and duplicates merged.
struct ClaimBuilder {
    let scalars: [Unicode.Scalar]
    let model: CheckworthinessModel.Dense
    var tracker = PersonTracker()
    /// The claims so far, merged as units arrive (so units are not all kept in memory).
    var deduplicator: ClaimDeduplicator
    /// Units waiting for the log-odds of the sentences after them.
    private var context: CheckworthinessContext<ClaimUnit>
    /// Headlines, subheadings and datelines, linked at the end to the body claim they repeat.
    private var headlines: [(range: Range<Int>, claims: Int)] = []
    /// Body sentences read so far (the first ones are the lede).
    private var bodySentences = 0

    init(scalars: [Unicode.Scalar], model: CheckworthinessModel.Dense) {
        self.scalars = scalars
        self.model = model
        deduplicator = ClaimDeduplicator(scalars: scalars)
        context = CheckworthinessContext(weight: model.model.contextWeight, window: model.model.contextWindow)
    }

    /// The claims, once every line has been added.
    mutating func finish() -> [ExtractedClaim] {
        while let (unit, z) = context.pop(ended: true) { add(unit, z) }
        for headline in headlines {
            let words = LineReader.words(Tokenizer.tokens(scalars, headline.range))
            deduplicator.linkHeadline(headline.range, words: words, from: headline.claims)
        }
        return deduplicator.finish()
    }

    /// Adds the next line.
    mutating func add(_ line: LineReading) {
        switch line {
        case .skipped: return
        case .headline(let range): headlines.append((range, max(0, deduplicator.count - 1)))
        case .body(let signature, let sentences):
            let signatureSpeaker = signature.map { sig -> Speaker in
                let name =
                    sig.tokens.isEmpty ? sig.name : tracker.expand(scalars, sig.tokens, 0...(sig.tokens.count - 1))
                return Speaker(name: name, kind: .person)
            }
            var lastQuoteSpeaker: Speaker?
            for sentence in sentences {
                for quote in sentence.quotes {
                    let speaker = quoteSpeaker(quote) ?? lastQuoteSpeaker ?? signatureSpeaker
                    lastQuoteSpeaker = speaker
                    for part in quote.parts { add(part, speaker: speaker) }
                }
                if let unit = sentence.unit { add(unit, speaker: sentence.whole ? signatureSpeaker : nil) }
                bodySentences += 1
                tracker.observe(scalars, sentence.tokens)
            }
        }
    }

    /// The speaker of a quotation, from the text around it in its sentences.
    private func quoteSpeaker(_ quote: QuoteReading) -> Speaker? {
        if !quote.before.isEmpty, let speaker = SpeakerFinder.speaker(scalars, quote.before, tracker) { return speaker }
        let after = Tokenizer.tokens(scalars, quote.after)
        if !after.isEmpty, let speaker = SpeakerFinder.speaker(scalars, after, tracker) { return speaker }
        return nil
    }

    /// Adds one unit: its log-odds as context, or, for a claim, its speaker, score and prior.
    private mutating func add(_ unit: UnitReading, speaker: Speaker?) {
        switch unit {
        case .context(let z): push(z, nil)
        case .claim(let claim):
            var speaker = speaker
            if speaker == nil, claim.analysis.attributed {
                speaker = SpeakerFinder.speaker(scalars, claim.analysis.tokens, tracker)
            }
            // The unit carries its own log-odds as its score until its neighbours are known (see `add`).
            let (score, signals) = model.logOdds(speaker == nil ? claim.features : claim.features.withSpeaker())
            let lede = !claim.quote && bodySentences < 2
            push(
                score,
                ClaimUnit(
                    range: claim.range,
                    type: claim.type,
                    score: score,
                    hedged: claim.hedge != nil,
                    hedge: claim.hedge,
                    speaker: speaker,
                    numbers: claim.analysis.numbers,
                    dates: claim.dates,
                    signals: signals,
                    words: claim.words,
                    prior: ArticlePrior.signals(scalars, claim.analysis, lede: lede, speaker: speaker),
                    span: claim.span
                )
            )
        }
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
}
