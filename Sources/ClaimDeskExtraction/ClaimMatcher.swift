public import ClaimDeskModel
import ClaimDeskText
/// Links a new claim to an existing one (in another document, possibly in the other language).
///
/// Conservative by design: claims match on the same text, on high word overlap with no conflicting figures,
/// or on the same specific figure or full date together with a shared name (which also works between
/// French and English). Conflicting numbers or dates never match, and a shared year alone is weak evidence.
public enum ClaimMatcher {
    /// The match between `new` and `existing`, or nil when they are not the same claim.
    public static func match(_ new: Claim, _ existing: Claim) -> ClaimMatch? {
        let a = Profile(new)
        let b = Profile(existing)
        if !a.fingerprint.isEmpty, a.fingerprint == b.fingerprint {
            return ClaimMatch(score: 1, reason: "same text")
        }
        let sharedNumbers = a.numbers.intersection(b.numbers)
        if !a.numbers.isEmpty, !b.numbers.isEmpty, sharedNumbers.isEmpty { return nil }
        let sharedDates = a.dates.filter { da in b.dates.contains { db in da.hasPrefix(db) || db.hasPrefix(da) } }
        if !a.dates.isEmpty, !b.dates.isEmpty, sharedDates.isEmpty { return nil }
        let sharedWords = a.words.intersection(b.words)
        let dice =
            a.words.isEmpty || b.words.isEmpty
            ? 0 : 2 * Double(sharedWords.count) / Double(a.words.count + b.words.count)
        let sharedNames = a.names.intersection(b.names)
        var evidence: [String] = []
        if !sharedNumbers.isEmpty { evidence.append("same numbers \(sharedNumbers.sorted().joined(separator: ", "))") }
        if !sharedDates.isEmpty { evidence.append("same dates \(sharedDates.sorted().joined(separator: ", "))") }
        if !sharedNames.isEmpty { evidence.append("shared names \(sharedNames.sorted().joined(separator: ", "))") }
        let overlap = "word overlap \(NumberText.twoDecimals(dice))"
        if dice >= 0.6, min(a.words.count, b.words.count) >= 4 {
            return ClaimMatch(score: round(0.5 + 0.5 * dice), reason: ([overlap] + evidence).joined(separator: "; "))
        }
        let specificNumbers = sharedNumbers.filter { !$0.hasPrefix("0") && $0.count >= 2 }
        let fullDates = sharedDates.filter { $0.count >= 7 }
        if !sharedNames.isEmpty, !specificNumbers.isEmpty || !fullDates.isEmpty {
            let score =
                0.6 + 0.1 * Double(min(3, specificNumbers.count + fullDates.count + sharedNames.count - 1))
                + 0.2 * dice
            return ClaimMatch(score: round(min(0.95, score)), reason: (evidence + [overlap]).joined(separator: "; "))
        }
        if !sharedDates.isEmpty, sharedNames.count >= 2, dice >= 0.25 {
            return ClaimMatch(score: round(0.5 + 0.3 * dice), reason: (evidence + [overlap]).joined(separator: "; "))
        }
        return nil
    }

    private static func round(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    /// What a claim is compared on.
    private struct Profile {
        var fingerprint: String
        var words: Set<String> = []
        var names: Set<String> = []
        var numbers: Set<String>
        var dates: [String]

        init(_ claim: Claim) {
            let s = Array(claim.text.unicodeScalars)
            fingerprint = ClaimFingerprint.words(s, 0..<s.count).joined(separator: " ")
            numbers = Set(
                claim.numbers.map { number in
                    let value = (number.value * 1000).rounded() / 1000
                    return NumberText.plain(value) + (number.unit.map { " \($0)" } ?? "")
                }
            )
            dates = claim.dates.map(\.value)
            let tokens = Tokenizer.tokens(s, 0..<s.count)
            for (index, token) in tokens.enumerated() where token.kind == .word && token.length >= 3 {
                let folded = String(String.UnicodeScalarView(s[token.start..<token.end].map(\.folded)))
                if index > 0, NameRun.isNameWord(s, tokens, index, first: true) { names.insert(folded) }
                if !ClaimLexicon.stopwords.contains(token.hash) { words.insert(folded) }
            }
            if let speaker = claim.speaker {
                for part in speaker.split(separator: " ") where part.count >= 3 {
                    names.insert(String(String.UnicodeScalarView(part.unicodeScalars.map(\.folded))))
                }
            }
        }
    }
}

extension ClaimMatcher {
    /// ``ClaimMatcher`` as the store's linking rule.
    public struct Linker: ClaimLinker {
        /// Creates the linker.
        public init() {}

        public func match(_ new: Claim, _ existing: Claim) -> ClaimMatch? { ClaimMatcher.match(new, existing) }
    }
}
