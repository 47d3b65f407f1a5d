import ClaimDeskModel
import ClaimDeskText

/// The features of the check-worthiness model: named signals plus hashed word n-grams.
struct CheckworthinessFeatures: Sendable {
    /// Named signals that fired (each with value 1), in the order they are explained.
    var named: [Name]
    /// Hashed unigram and bigram buckets.
    var hashed: [Int]
    /// The value of each hashed feature: 1/√n, so long sentences do not dominate.
    var hashedValue: Double

    /// A named signal; its raw value is its index in ``signalNames``.
    enum Name: Int, Sendable {
        case number, percentOrCurrency, largeNumber, date, fullDate, entity
        case entities3Plus, reportingVerb, quote, hedged, comparison, future
        case past, firstPerson, secondPerson, opinion, negation, question
        case exclamation, short, long, speaker, words8to15, words16to30
        case year, plainNumber, numberWord, superlative
    }

    /// The named signals the model knows, in ``Name`` order.
    static let signalNames = [
        "number", "percent_or_currency", "large_number", "date", "full_date", "entity", "entities_3plus",
        "reporting_verb", "quote", "hedged", "comparison", "future", "past", "first_person", "second_person",
        "opinion", "negation", "question", "exclamation", "short", "long", "speaker", "words_8_15", "words_16_30",
        "year", "plain_number", "number_word", "superlative",
    ]

    /// The same features with the `speaker` signal, where ``init(_:_:buckets:speaker:quote:)`` puts it (before
    /// `number_word` and `superlative`), so signals come out in the same order.
    func withSpeaker() -> CheckworthinessFeatures {
        var copy = self
        guard !named.contains(.speaker) else { return copy }
        var at = named.count
        while at > 0, named[at - 1] == .numberWord || named[at - 1] == .superlative { at -= 1 }
        copy.named.insert(.speaker, at: at)
        return copy
    }

    /// Extracts the features of an analysed sentence.
    init(_ s: [Unicode.Scalar], _ a: SentenceAnalysis, buckets: Int, speaker: Bool = false, quote: Bool = false) {
        var named: [Name] = []
        // The model was trained on digits with %/currency units only: durations, ages and points count as bare.
        let numbers = a.modelNumbers
        if !numbers.isEmpty { named.append(.number) }
        if numbers.contains(where: { Self.isMoneyOrPercent($0.unit) }) { named.append(.percentOrCurrency) }
        if numbers.contains(where: { abs($0.value) >= 1000 || ($0.range?.to ?? 0) >= 1000 }) {
            named.append(.largeNumber)
        }
        if !a.dates.isEmpty { named.append(.date) }
        if a.dates.contains(where: { $0.value.count > 4 }) { named.append(.fullDate) }
        if a.entityCount > 0 { named.append(.entity) }
        if a.entityCount >= 3 { named.append(.entities3Plus) }
        if a.reportingIndex != nil { named.append(.reportingVerb) }
        if quote || a.quoted { named.append(.quote) }
        if a.hedged { named.append(.hedged) }
        if a.hasComparison { named.append(.comparison) }
        if a.hasFuture { named.append(.future) }
        if a.hasPast { named.append(.past) }
        if a.firstPerson { named.append(.firstPerson) }
        if a.secondPerson { named.append(.secondPerson) }
        if a.opinion { named.append(.opinion) }
        if a.negation { named.append(.negation) }
        if a.question { named.append(.question) }
        if a.exclamation { named.append(.exclamation) }
        if a.wordCount < 8 { named.append(.short) }
        if a.wordCount > 30 { named.append(.long) }
        if (8...15).contains(a.wordCount) { named.append(.words8to15) }
        if (16...30).contains(a.wordCount) { named.append(.words16to30) }
        if a.dates.contains(where: { $0.value.count == 4 }) { named.append(.year) }
        if numbers.contains(where: { !Self.isMoneyOrPercent($0.unit) && abs($0.value) < 1000 }) {
            named.append(.plainNumber)
        }
        if speaker { named.append(.speaker) }
        if a.numberWord { named.append(.numberWord) }
        if a.superlative { named.append(.superlative) }

        self.named = named
        var hashed: [Int] = []
        hashed.reserveCapacity(a.tokens.count * 2)
        var previous: UInt64 = 0x9e37_79b9_7f4a_7c15
        let n = UInt64(max(1, buckets))
        // x % n, as a mask when n is a power of two (the shipped 2^17), which gives the same bucket faster.
        let mask: UInt64? = n & (n - 1) == 0 ? n - 1 : nil
        for token in a.tokens where token.kind != .punct {
            let h = token.kind == .number ? Self.numberHash : token.hash
            let unigram = Self.mix(h, 1)
            let bigram = Self.mix(previous &* 31 &+ h, 2)
            if let mask {
                hashed.append(Int(unigram & mask))
                hashed.append(Int(bigram & mask))
            } else {
                hashed.append(Int(unigram % n))
                hashed.append(Int(bigram % n))
            }
            previous = h
        }
        self.hashed = hashed
        hashedValue = hashed.isEmpty ? 0 : 1 / Double(hashed.count).squareRoot()
    }

    private static func isMoneyOrPercent(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return unit == "%" || unit.count == 3 && unit.uppercased() == unit
    }

    /// Numbers share one n-gram token.
    private static let numberHash = WordHash.of("<num>")

    @inline(__always) static func mix(_ value: UInt64, _ salt: UInt64) -> UInt64 {
        var z = value &+ salt &* 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
