import ClaimDeskText
/// Where a claim's quote is in a new version of a document.
public struct ReanchorResult: Sendable, Hashable, Codable {
    /// The outcomes.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Found starting at the same offset.
        case anchored
        /// Found starting at another offset.
        case moved
        /// Neither the quote nor its prefix and suffix are in the new text.
        case gone
    }

    /// The claim.
    public var claimId: Int64
    /// The outcome.
    public var kind: Kind
    /// The old span.
    public var old: TextSpan
    /// The span in the new text; nil when gone.
    public var new: TextSpan?
    /// Whether the quote's own text changed (found through its prefix and suffix only).
    public var edited: Bool

    /// Creates a result.
    public init(claimId: Int64, kind: Kind, old: TextSpan, new: TextSpan?, edited: Bool) {
        self.claimId = claimId
        self.kind = kind
        self.old = old
        self.new = new
        self.edited = edited
    }
}

/// Re-anchors claims' quotes in a new version of a document, as W3C text quote selectors are re-anchored:
/// the exact quote first (the candidate whose prefix and suffix match best, then the nearest to the old offset),
/// else the text between the old prefix and suffix when both are found close together, else the sentence right
/// after the old prefix, when that text is still like the old quote (an edited quote, ``minimumEditedSimilarity``).
public enum Reanchor {
    /// Re-anchors every `(claim, span)` in `text`.
    public static func reanchor(_ spans: [(claimId: Int64, span: TextSpan)], in text: String) -> [ReanchorResult] {
        let scalars = Array(text.unicodeScalars)
        return spans.map { claimId, span in
            guard let (new, edited) = locate(span, in: scalars) else {
                return ReanchorResult(claimId: claimId, kind: .gone, old: span, new: nil, edited: false)
            }
            let kind: ReanchorResult.Kind = new.start == span.start ? .anchored : .moved
            return ReanchorResult(claimId: claimId, kind: kind, old: span, new: new, edited: edited)
        }
    }

    static func locate(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> (TextSpan, Bool)? {
        let exact = Array(span.exact.unicodeScalars)
        let prefix = Array(span.prefix.unicodeScalars)
        let suffix = Array(span.suffix.unicodeScalars)
        let candidates = positions(of: exact, in: scalars)
        if !candidates.isEmpty {
            let best = candidates.max { lhs, rhs in
                let left = contextScore(at: lhs, length: exact.count, prefix: prefix, suffix: suffix, in: scalars)
                let right = contextScore(at: rhs, length: exact.count, prefix: prefix, suffix: suffix, in: scalars)
                if left != right { return left < right }
                return abs(lhs - span.start) > abs(rhs - span.start)
            }
            if let best { return (TextSpan(in: scalars, start: best, end: best + exact.count), false) }
        }
        guard
            let edited = between(prefix, suffix, near: span, in: scalars)
                ?? afterPrefix(prefix, near: span, in: scalars),
            similarity(edited.exact, span.exact) >= minimumEditedSimilarity
        else { return nil }
        return (edited, true)
    }

    /// The text between the old prefix and suffix, when both are found close together (nearest the old offset).
    private static func between(
        _ prefix: [Unicode.Scalar],
        _ suffix: [Unicode.Scalar],
        near span: TextSpan,
        in scalars: [Unicode.Scalar]
    ) -> TextSpan? {
        guard prefix.count >= 8, suffix.count >= 8 else { return nil }
        let limit = span.exact.unicodeScalars.count * 2 + 64
        var best: Range<Int>?
        for prefixAt in positions(of: prefix, in: scalars) {
            let start = prefixAt + prefix.count
            let window = Array(scalars[start..<min(scalars.count, start + limit + suffix.count)])
            guard let suffixAt = positions(of: suffix, in: window).first, suffixAt > 0 else { continue }
            if best == nil || abs(start - span.start) < abs((best?.lowerBound ?? 0) - span.start) {
                best = start..<(start + suffixAt)
            }
        }
        return best.map { TextSpan(in: scalars, start: $0.lowerBound, end: $0.upperBound) }
    }

    /// The sentence right after the old prefix (nearest the old offset), for a quote whose suffix changed too.
    private static func afterPrefix(
        _ prefix: [Unicode.Scalar],
        near span: TextSpan,
        in scalars: [Unicode.Scalar]
    )
        -> TextSpan?
    {
        guard prefix.count >= 8 else { return nil }
        let length = span.exact.unicodeScalars.count
        let starts = positions(of: prefix, in: scalars).map { $0 + prefix.count }
        guard let start = starts.min(by: { abs($0 - span.start) < abs($1 - span.start) }) else { return nil }
        var end = min(scalars.count, start + length / 2)
        let limit = min(scalars.count, start + length * 2 + 64)
        while end < limit, scalars[end] != "\n" {
            end += 1
            if ".!?".unicodeScalars.contains(scalars[end - 1]),
                end == scalars.count || scalars[end].properties.isWhitespace
            {
                break
            }
        }
        return end > start ? TextSpan(in: scalars, start: start, end: end) : nil
    }

    /// How alike an edited quote must stay (Dice coefficient of folded word tokens) to count as the same claim;
    /// a sentence replaced by another one between the same neighbours is gone, not edited.
    public static let minimumEditedSimilarity = 0.6

    /// Dice coefficient of the two texts' folded word tokens (as multisets).
    static func similarity(_ lhs: String, _ rhs: String) -> Double {
        let left = TextFolding.tokens(TextFolding.fold(lhs))
        let right = TextFolding.tokens(TextFolding.fold(rhs))
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for token in left { counts[token, default: 0] += 1 }
        var shared = 0
        for token in right where counts[token, default: 0] > 0 {
            counts[token, default: 0] -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(left.count + right.count)
    }

    /// How many scalars of the old prefix (from its end) and suffix (from its start) surround `start`.
    private static func contextScore(
        at start: Int,
        length: Int,
        prefix: [Unicode.Scalar],
        suffix: [Unicode.Scalar],
        in scalars: [Unicode.Scalar]
    ) -> Int {
        var score = 0
        while score < prefix.count, start - score - 1 >= 0,
            scalars[start - score - 1] == prefix[prefix.count - score - 1]
        {
            score += 1
        }
        var after = 0
        while after < suffix.count, start + length + after < scalars.count,
            scalars[start + length + after] == suffix[after]
        {
            after += 1
        }
        return score + after
    }

    /// Start offsets of every occurrence of `needle` in `haystack` (the quote search of ``QuoteAnchor``).
    static func positions(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        QuoteAnchor.positions(of: needle, in: haystack)
    }
}
