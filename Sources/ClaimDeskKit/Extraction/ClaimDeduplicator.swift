/// Merges claim units that state the same thing into one claim with several occurrences.
///
/// Two units merge when their fingerprints are equal, or when the shorter (at least 8 words) is contained in
/// the longer and covers at least 80 % of it ("Récemment, X a annoncé…" and "X a annoncé…"). Candidates for
/// the containment test come from an index of word 4-grams, so merging stays linear in the text.
enum ClaimDeduplicator {
    private static let gram = 4
    private static let minimumWords = 8

    static func merge(_ units: [ClaimUnit], scalars s: [Unicode.Scalar]) -> [ExtractedClaim] {
        var claims: [ExtractedClaim] = []
        var words: [[UInt64]] = []
        var exact: [UInt64: [Int]] = [:]
        var firstGram: [UInt64: [Int]] = [:]
        var anyGram: [UInt64: [Int]] = [:]
        for unit in units {
            let w = ClaimFingerprint.hashes(s, unit.range)
            let key = combine(w[...])
            var target = exact[key]?.first { words[$0] == w }
            if target == nil, w.count >= minimumWords {
                var candidates: [Int] = anyGram[combine(w[0..<gram])] ?? []
                for start in 0...(w.count - gram) {
                    if let found = firstGram[combine(w[start..<(start + gram)])] { candidates += found }
                }
                target = candidates.sorted().first { isNearDuplicate(words[$0], w) }
            }
            if let target {
                var claim = claims[target]
                let start = unit.range.lowerBound
                if !claim.occurrences.contains(where: { $0.start == start }) {
                    claim.occurrences.append(ScalarString.span(s, unit.range.lowerBound, unit.range.upperBound))
                }
                claim.hedged = claim.hedged || unit.hedged
                claim.speaker = claim.speaker ?? unit.speaker
                for date in unit.dates where !claim.dates.contains(date) { claim.dates.append(date) }
                if unit.score > claim.score {
                    claim.score = unit.score
                    claim.signals = unit.signals
                }
                claims[target] = claim
                continue
            }
            let index = claims.count
            exact[key, default: []].append(index)
            if w.count >= minimumWords {
                firstGram[combine(w[0..<gram]), default: []].append(index)
                for start in 0...(w.count - gram) {
                    anyGram[combine(w[start..<(start + gram)]), default: []].append(index)
                }
            }
            words.append(w)
            let span = ScalarString.span(s, unit.range.lowerBound, unit.range.upperBound)
            claims.append(
                ExtractedClaim(
                    text: span.exact,
                    type: unit.type,
                    score: unit.score,
                    hedged: unit.hedged,
                    speaker: unit.speaker,
                    numbers: unit.numbers,
                    dates: unit.dates,
                    occurrences: [span],
                    signals: unit.signals,
                    fingerprint: ClaimFingerprint.words(s, unit.range).joined(separator: " ")
                )
            )
        }
        for i in claims.indices where claims[i].occurrences.count > 1 {
            claims[i].occurrences.sort { $0.start < $1.start }
        }
        return claims.sorted { ($0.occurrences.first?.start ?? 0) < ($1.occurrences.first?.start ?? 0) }
    }

    private static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        var h: UInt64 = 0x243f_6a88_85a3_08d3
        for value in hashes { h = CheckworthinessFeatures.mix(h ^ value, 3) }
        return h
    }

    /// Whether one word sequence contains the other and covers at least 80 % of it.
    static func isNearDuplicate(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= minimumWords, Double(short.count) >= 0.8 * Double(long.count) else { return false }
        var start = 0
        while start + short.count <= long.count {
            var k = 0
            while k < short.count, long[start + k] == short[k] { k += 1 }
            if k == short.count { return true }
            start += 1
        }
        return false
    }
}
