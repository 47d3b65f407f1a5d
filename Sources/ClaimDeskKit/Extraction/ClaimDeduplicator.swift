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
        var exact = MultiMap()
        var firstGram = MultiMap()
        var anyGram = MultiMap()
        for unit in units {
            let w = unit.words
            let key = combine(w[...])
            var target = exact.values(key).filter { words[$0] == w }.min()
            if target == nil, w.count >= minimumWords {
                var candidates = anyGram.values(combine(w[0..<gram]))
                for start in 0...(w.count - gram) {
                    candidates += firstGram.values(combine(w[start..<(start + gram)]))
                }
                if !candidates.isEmpty {
                    target = candidates.sorted().first { isNearDuplicate(words[$0], w) }
                }
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
            exact.insert(key, index)
            if w.count >= minimumWords {
                firstGram.insert(combine(w[0..<gram]), index)
                for start in 0...(w.count - gram) {
                    anyGram.insert(combine(w[start..<(start + gram)]), index)
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
                    fingerprint: ClaimFingerprint.string(s, unit.range)
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

/// A multimap from hashes to claim indices, stored as linked lists in flat arrays (no array per key).
private struct MultiMap {
    private var keys = [UInt64](repeating: 0, count: 1024)
    private var heads = [Int32](repeating: -1, count: 1024)
    private var used = 0
    private var claims: [Int32] = []
    private var next: [Int32] = []

    /// The slot of `key` in the open-addressing table (its own or the empty one where it would go).
    private func slot(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
        while heads[i] >= 0, keys[i] != key { i = (i + 1) & mask }
        return i
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldHeads = heads
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        heads = [Int32](repeating: -1, count: oldKeys.count * 2)
        for (key, head) in zip(oldKeys, oldHeads) where head >= 0 {
            let i = slot(key)
            keys[i] = key
            heads[i] = head
        }
    }

    mutating func insert(_ key: UInt64, _ claim: Int) {
        if (used + 1) * 2 > keys.count { grow() }
        let i = slot(key)
        if heads[i] < 0 {
            keys[i] = key
            used += 1
        }
        next.append(heads[i])
        heads[i] = Int32(claims.count)
        claims.append(Int32(claim))
    }

    func values(_ key: UInt64) -> [Int] {
        var entry = heads[slot(key)]
        if entry < 0 { return [] }
        var out: [Int] = []
        while entry >= 0 {
            out.append(Int(claims[Int(entry)]))
            entry = next[Int(entry)]
        }
        return out
    }
}
