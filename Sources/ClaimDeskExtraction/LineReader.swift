import ClaimDeskModel
import ClaimDeskText

/// What one line (paragraph) of a text holds, read without the people named before it: its kind, its sentences,
/// their quotations, and each candidate unit analysed, filtered and featurised.
///
/// Reading a line needs nothing from the other lines (its dates carry over only within the line), so lines can be
/// read in parallel. What does depend on the lines before (speakers found through the people named so far, the
/// lede, the neighbours' scores, duplicates) is left to ``ClaimBuilder``, which goes through the readings in order.
enum LineReading: Sendable {
    /// A byline, or a body line with no sentence: nothing to add.
    case skipped
    /// A headline, subheading or dateline (trailing spaces trimmed), linked at the end to the claim it repeats.
    case headline(Range<Int>)
    /// A paragraph: the signature that closes it, if any, and its sentences (the signature's own left out).
    case body(signature: SignatureReading?, sentences: [SentenceReading])
}

/// A signature line ("Jean Dupont, à Paris, le 3 mars"): the name as written and its tokens, to expand with the
/// people named before.
struct SignatureReading: Sendable {
    var name: String
    var tokens: [Token]
}

/// One sentence of a paragraph.
struct SentenceReading: Sendable {
    /// The standalone quotations that open in this sentence, in order.
    var quotes: [QuoteReading]
    /// The sentence's own unit: the whole sentence, or (when quotations overlap it) the longest part outside them.
    var unit: UnitReading?
    /// Whether `unit` is the whole sentence, which takes the signature's speaker.
    var whole: Bool
    /// The sentence's tokens, for the person tracker.
    var tokens: [Token]
}

/// A standalone quotation: where its speaker may be named, and its sentence-level parts.
struct QuoteReading: Sendable {
    /// The tokens before the quotation in its first sentence, and the text after it in its last (tokenised only
    /// when the text before names no one); both empty when the quotation's sentences were not found.
    var before: [Token]
    var after: Range<Int>
    var parts: [UnitReading]
}

/// A candidate unit once read.
enum UnitReading: Sendable {
    /// Not a claim; its log-odds count as context for its neighbours.
    case context(Double)
    /// A claim, waiting for its speaker and its score in context.
    indirect case claim(ClaimReading)
}

/// A claim as far as it can be read on its own.
struct ClaimReading: Sendable {
    var range: Range<Int>
    var analysis: SentenceAnalysis
    var quote: Bool
    var type: ClaimType
    var dates: [DateValue]
    var hedge: String?
    /// The model's features without the speaker (``ClaimBuilder`` adds it when a speaker is found).
    var features: CheckworthinessFeatures
    /// The word hashes duplicates are compared on.
    var words: [UInt64]
    /// Where the claim is: its text and TextQuote context.
    var span: TextSpan
}

/// Reads lines into ``LineReading``s. It holds no state, so one reader serves every thread.
struct LineReader: Sendable {
    let scalars: [Unicode.Scalar]
    let language: Language
    let parser: ValueParser
    let model: CheckworthinessModel.Dense

    /// Minimum words for a quotation to stand as claims of its own.
    static let standaloneQuoteWords = 5

    /// Reads one line; `next` is the line after it, which tells a headline from a short paragraph.
    func read(_ line: Range<Int>, next: Range<Int>?) -> LineReading {
        let s = scalars
        switch NonClaimFilter.lineKind(s, line, next: next) {
        case .byline: return .skipped
        case .headline:
            var end = line.upperBound
            while end > line.lowerBound, s[end - 1].isSpace { end -= 1 }
            return .headline(line.lowerBound..<end)
        case .body: break
        }
        let sentences = SentenceSegmenter(language: language).ranges(in: s, from: line.lowerBound, to: line.upperBound)
        guard !sentences.isEmpty else { return .skipped }
        let quotes = QuoteFinder.quotes(s, line).filter { isStandalone($0, sentences) }
        let signature = Signature.find(s, sentences.last, parser: parser)
        var previousDates: [DateValue] = []
        var readings: [SentenceReading] = []
        for (index, sentence) in sentences.enumerated() {
            if let signature, index == sentences.count - 1, signature.sentence == sentence { break }
            var quoteReadings: [QuoteReading] = []
            for quote in quotes where sentence.contains(quote.open) {
                var contentEnd = quote.content.upperBound
                while contentEnd > quote.content.lowerBound, s[contentEnd - 1] == "," || s[contentEnd - 1].isSpace {
                    contentEnd -= 1
                }
                let parts = SentenceSegmenter(language: language).ranges(
                    in: s,
                    from: quote.content.lowerBound,
                    to: contentEnd
                )
                // Inside a long quotation, the speaker's feelings and courtesies are not claims.
                let units = parts.compactMap { unit($0, quote: true, extraDates: [], paragraph: []).reading }
                let (before, after) = speakerContext(quote, sentences)
                quoteReadings.append(QuoteReading(before: before, after: after, parts: units))
            }
            let overlapping = quotes.filter { $0.open < sentence.upperBound && $0.close >= sentence.lowerBound }
            var reading = SentenceReading(quotes: quoteReadings, unit: nil, whole: overlapping.isEmpty, tokens: [])
            var dates: [DateValue] = []
            if overlapping.isEmpty {
                let read = unit(
                    sentence,
                    quote: signature != nil,
                    extraDates: signature.map { [$0.date] } ?? [],
                    paragraph: previousDates
                )
                (reading.unit, reading.tokens, dates) = read
            } else {
                if let rest = remainder(sentence, overlapping), QuoteFinder.wordCount(s, rest) >= 8, !isFrame(rest) {
                    let read = unit(rest, quote: false, extraDates: [], paragraph: previousDates)
                    (reading.unit, dates) = (read.reading, read.dates)
                }
                reading.tokens = Tokenizer.tokens(s, sentence)
            }
            previousDates = dates
            readings.append(reading)
        }
        let signed = signature.map { SignatureReading(name: $0.name, tokens: Tokenizer.tokens(s, $0.nameRange)) }
        return .body(signature: signed, sentences: readings)
    }

    /// Analyses one candidate: the reading (nil when it is no claim and context is off), the tokens of `range`,
    /// and the dates it carries to the paragraph's next sentence.
    private func unit(
        _ range: Range<Int>,
        quote: Bool,
        extraDates: [DateValue],
        paragraph: [DateValue]
    ) -> (reading: UnitReading?, tokens: [Token], dates: [DateValue]) {
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
        let dates = analysis.dates + extraDates.filter { !analysis.dates.contains($0) }
        if analysis.question || analysis.exclamation {
            return (context(analysis, quote: quote), tokens, dates)
        }
        let checkable = analysis.isCheckable || (!extraDates.isEmpty && analysis.wordCount >= 4)
        if quote
            ? analysis.wordCount < 4
                || analysis.nonClaimCue
                    && (NonClaimFilter.isWish(analysis) || NonClaimFilter.isFeeling(analysis)
                        || NonClaimFilter.isJudgement(analysis))
            : !checkable || (analysis.nonClaimCue && NonClaimFilter.isPromo(s, analysis.tokens))
        {
            return (context(analysis, quote: quote), tokens, dates)
        }
        let claim = ClaimReading(
            range: range,
            analysis: analysis,
            quote: quote,
            type: Self.type(analysis, quote: quote, dates: dates),
            dates: dates,
            hedge: analysis.hedgeCue ? HedgeFinder.hedge(s, analysis.tokens, language: language) : nil,
            features: CheckworthinessFeatures(s, analysis, buckets: model.model.buckets, quote: quote),
            words: Self.words(analysis.tokens),
            span: ScalarString.span(s, range.lowerBound, range.upperBound)
        )
        return (.claim(claim), tokens, dates)
    }

    /// The log-odds of a sentence that is not a claim, as context for its neighbours (nil when context is off).
    private func context(_ analysis: SentenceAnalysis, quote: Bool) -> UnitReading? {
        guard model.model.contextWeight != 0, model.model.contextWindow > 0 else { return nil }
        let features = CheckworthinessFeatures(scalars, analysis, buckets: model.model.buckets, quote: quote)
        return .context(model.logOddsOnly(features))
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

    /// Where a quotation's speaker may be named: the tokens before it in its first sentence, the text after it in
    /// its last.
    private func speakerContext(_ q: Quote, _ sentences: [Range<Int>]) -> (before: [Token], after: Range<Int>) {
        guard let first = sentences.first(where: { $0.contains(q.open) }),
            let last = sentences.first(where: { $0.contains(q.close) })
        else { return ([], 0..<0) }
        return (Tokenizer.tokens(scalars, first.lowerBound..<q.open), (q.close + 1)..<max(q.close + 1, last.upperBound))
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

    private func lastColon(_ range: Range<Int>) -> Int? {
        var index = range.upperBound - 1
        while index > range.lowerBound {
            if scalars[index] == ":" || scalars[index] == ";" { return index }
            index -= 1
        }
        return nil
    }
}

extension LineReader {
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
