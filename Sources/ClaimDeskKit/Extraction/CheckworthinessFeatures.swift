/// The features of the check-worthiness model: named signals plus hashed word n-grams.
struct CheckworthinessFeatures: Sendable {
    /// Named signals that fired, each with value 1 (or a small count).
    var named: [(name: String, value: Double)]
    /// Hashed unigram and bigram buckets.
    var hashed: [Int]
    /// The value of each hashed feature: 1/√n, so long sentences do not dominate.
    var hashedValue: Double

    /// The named signals the model knows, in a fixed order.
    static let signalNames = [
        "number", "percent_or_currency", "large_number", "date", "full_date", "entity", "entities_3plus",
        "reporting_verb", "quote", "hedged", "comparison", "future", "past", "first_person", "second_person",
        "opinion", "negation", "question", "exclamation", "short", "long", "speaker", "words_8_15", "words_16_30",
        "year", "plain_number", "number_word", "superlative",
    ]

    /// Extracts the features of an analysed sentence.
    init(_ s: [Unicode.Scalar], _ a: SentenceAnalysis, buckets: Int, speaker: Bool = false, quote: Bool = false) {
        var named: [(String, Double)] = []
        if !a.numbers.isEmpty { named.append(("number", 1)) }
        if a.numbers.contains(where: { $0.unit != nil }) { named.append(("percent_or_currency", 1)) }
        if a.numbers.contains(where: { $0.value >= 1000 }) { named.append(("large_number", 1)) }
        if !a.dates.isEmpty { named.append(("date", 1)) }
        if a.dates.contains(where: { $0.value.count > 4 }) { named.append(("full_date", 1)) }
        if a.entityCount > 0 { named.append(("entity", 1)) }
        if a.entityCount >= 3 { named.append(("entities_3plus", 1)) }
        if a.reportingIndex != nil { named.append(("reporting_verb", 1)) }
        if quote || a.quoted { named.append(("quote", 1)) }
        if a.hedged { named.append(("hedged", 1)) }
        if a.hasComparison { named.append(("comparison", 1)) }
        if a.hasFuture { named.append(("future", 1)) }
        if a.hasPast { named.append(("past", 1)) }
        if a.firstPerson { named.append(("first_person", 1)) }
        if a.secondPerson { named.append(("second_person", 1)) }
        if a.opinion { named.append(("opinion", 1)) }
        if a.negation { named.append(("negation", 1)) }
        if a.question { named.append(("question", 1)) }
        if a.exclamation { named.append(("exclamation", 1)) }
        if a.wordCount < 8 { named.append(("short", 1)) }
        if a.wordCount > 30 { named.append(("long", 1)) }
        if (8...15).contains(a.wordCount) { named.append(("words_8_15", 1)) }
        if (16...30).contains(a.wordCount) { named.append(("words_16_30", 1)) }
        if a.dates.contains(where: { $0.value.count == 4 }) { named.append(("year", 1)) }
        if a.numbers.contains(where: { $0.unit == nil && $0.value < 1000 }) { named.append(("plain_number", 1)) }
        if speaker { named.append(("speaker", 1)) }
        if a.numberWord { named.append(("number_word", 1)) }
        if a.superlative { named.append(("superlative", 1)) }

        self.named = named
        var hashed: [Int] = []
        hashed.reserveCapacity(a.tokens.count * 2)
        var previous: UInt64 = 0x9e37_79b9_7f4a_7c15
        let numberHash = WordHash.of("<num>")
        for token in a.tokens where token.kind != .punct {
            let h = token.kind == .number ? numberHash : token.hash
            hashed.append(Int(Self.mix(h, 1) % UInt64(buckets)))
            hashed.append(Int(Self.mix(previous &* 31 &+ h, 2) % UInt64(buckets)))
            previous = h
        }
        self.hashed = hashed
        hashedValue = hashed.isEmpty ? 0 : 1 / Double(hashed.count).squareRoot()
    }

    @inline(__always) static func mix(_ value: UInt64, _ salt: UInt64) -> UInt64 {
        var z = value &+ salt &* 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
