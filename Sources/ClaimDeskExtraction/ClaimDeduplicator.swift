import ClaimDeskModel
import ClaimDeskText
internal import Foundation

/// Merges claim units that state the same thing into one claim with several occurrences.
///
/// Two units merge when their fingerprints are equal, or when the shorter (at least 8 words) is contained in
/// the longer and covers at least 80 % of it ("Récemment, X a annoncé…" and "X a annoncé…"). Candidates for
/// the containment test come from an index of word 4-grams, so merging stays linear in the text.
struct ClaimDeduplicator {
    private static let gram = 4
    private static let minimumWords = 8

    private let s: [Unicode.Scalar]
    private var claims: [ExtractedClaim] = []
    private var words: [[UInt64]] = []
    private var exact = MultiMap()
    private var firstGram = MultiMap()
    private var anyGram = MultiMap()

    init(scalars: [Unicode.Scalar]) {
        s = scalars
    }

    /// Adds one unit, in text order: a new claim, or one more occurrence of an earlier one.
    mutating func add(_ unit: ClaimUnit) {
        let w = unit.words
        let key = Self.combine(w[...])
        var target = exact.values(key).filter { words[$0] == w }.min()
        if target == nil, w.count >= Self.minimumWords {
            var candidates = anyGram.values(Self.combine(w[0..<Self.gram]))
            for start in 0...(w.count - Self.gram) {
                candidates += firstGram.values(Self.combine(w[start..<(start + Self.gram)]))
            }
            if !candidates.isEmpty {
                target = candidates.sorted().first { Self.isNearDuplicate(words[$0], w) }
            }
        }
        if let target {
            let start = unit.range.lowerBound
            if !claims[target].occurrences.contains(where: { $0.start == start }) {
                claims[target].occurrences.append(unit.span)
            }
            if unit.hedged, !claims[target].hedged {
                claims[target].hedged = true
                claims[target].hedge = unit.hedge
            }
            if claims[target].speaker == nil, let speaker = unit.speaker {
                claims[target].speaker = speaker.name
                claims[target].speakerKind = speaker.kind
            }
            for date in unit.dates where !claims[target].dates.contains(date) { claims[target].dates.append(date) }
            if unit.score > claims[target].score {
                claims[target].score = unit.score
                claims[target].signals = unit.signals
            }
            return
        }
        let index = claims.count
        exact.insert(key, index)
        if w.count >= Self.minimumWords {
            firstGram.insert(Self.combine(w[0..<Self.gram]), index)
            for start in 0...(w.count - Self.gram) {
                anyGram.insert(Self.combine(w[start..<(start + Self.gram)]), index)
            }
        }
        words.append(w)
        let span = unit.span
        claims.append(
            ExtractedClaim(
                text: span.exact,
                type: unit.type,
                score: unit.score,
                hedged: unit.hedged,
                speaker: unit.speaker?.name,
                speakerKind: unit.speaker?.kind,
                hedge: unit.hedge,
                numbers: unit.numbers,
                dates: unit.dates,
                occurrences: [span],
                signals: unit.signals,
                fingerprint: ClaimFingerprint.string(s, unit.range)
            )
        )
    }

    /// How many claims after a headline may be the one it repeats.
    static let headlineReach = 12

    /// How many claims there are so far.
    var count: Int { claims.count }

    /// Links a headline to the body claim it repeats (most of its content words), as one more occurrence
    /// with the `headline` signal; a headline that repeats nothing is dropped.
    ///
    /// Only the few claims that follow the headline are candidates (`from` is the claim count when it was read),
    /// so linking stays linear in the text.
    mutating func linkHeadline(_ range: Range<Int>, words headline: [UInt64], from: Int) {
        guard from < words.count else { return }
        var content: [UInt64] = []
        for word in headline where !ClaimLexicon.stopwords.contains(word) && !content.contains(word) {
            content.append(word)
        }
        guard content.count >= 3 else { return }
        var best: (index: Int, shared: Int)?
        for index in from..<min(words.count, from + Self.headlineReach) {
            var shared = 0
            for word in content where words[index].contains(word) { shared += 1 }
            if shared >= 3, Double(shared) >= 0.6 * Double(content.count), shared > (best?.shared ?? 0) {
                best = (index, shared)
            }
        }
        guard let target = best?.index else { return }
        claims[target].occurrences.append(ScalarString.span(s, range.lowerBound, range.upperBound))
        let p = min(max(claims[target].score, 1e-6), 1 - 1e-6)
        let z = Foundation.log(p / (1 - p)) + ArticlePrior.headlineWeight
        claims[target].signals.append(Signal(name: "headline", weight: ArticlePrior.headlineWeight))
        claims[target].score = CheckworthinessModel.Dense.probability(z)
    }

    /// The claims in order of first occurrence, each with its occurrences in text order.
    func finish() -> [ExtractedClaim] {
        var claims = claims
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
