/// The duplicate fingerprint of a claim: its words, lower-cased, diacritics folded, punctuation and quotation
/// marks dropped, leading connectors ("Mais", "Récemment,") removed.
enum ClaimFingerprint {
    /// The fingerprint's words.
    static func words(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var hash = WordHash.offset
        var leading = true
        func flush() {
            if !current.isEmpty {
                if !(leading && ClaimLexicon.connectors.contains(hash)) {
                    words.append(String(current))
                    leading = false
                }
                current = String.UnicodeScalarView()
                hash = WordHash.offset
            }
        }
        for index in range {
            let c = s[index]
            if c.isWordCharacter {
                current.append(c.folded)
                hash = WordHash.mix(hash, c)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The fingerprint of a text.
    static func of(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        return words(s, 0..<s.count).joined(separator: " ")
    }
}

/// Merges claim units that state the same thing into one claim with several occurrences.
///
/// Two units merge when their fingerprints are equal, or when the shorter (at least 8 words) is contained in
/// the longer and covers at least 80 % of it ("Récemment, X a annoncé…" and "X a annoncé…").
enum ClaimDeduplicator {
    static func merge(_ units: [ClaimUnit], scalars s: [Unicode.Scalar]) -> [ExtractedClaim] {
        var claims: [ExtractedClaim] = []
        var words: [[String]] = []
        var index: [String: Int] = [:]
        for unit in units {
            let w = ClaimFingerprint.words(s, unit.range)
            let fingerprint = w.joined(separator: " ")
            let span = TextSpan(in: s, start: unit.range.lowerBound, end: unit.range.upperBound)
            var target = index[fingerprint]
            if target == nil, w.count >= 8 {
                target = words.indices.first { isNearDuplicate(words[$0], w) }
            }
            if let target {
                var claim = claims[target]
                if !claim.occurrences.contains(where: { $0.start == span.start }) { claim.occurrences.append(span) }
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
            index[fingerprint] = claims.count
            words.append(w)
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
                    fingerprint: fingerprint
                )
            )
        }
        for i in claims.indices { claims[i].occurrences.sort { $0.start < $1.start } }
        return claims.sorted { ($0.occurrences.first?.start ?? 0) < ($1.occurrences.first?.start ?? 0) }
    }

    /// Whether one word sequence contains the other and covers at least 80 % of it.
    static func isNearDuplicate(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 8, Double(short.count) >= 0.8 * Double(long.count) else { return false }
        guard let first = short.first else { return false }
        var start = 0
        while start + short.count <= long.count {
            if long[start] == first, Array(long[start..<(start + short.count)]) == short { return true }
            start += 1
        }
        return false
    }
}
