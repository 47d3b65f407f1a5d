import ClaimDeskModel
import ClaimDeskText

/// Reads cardinal numbers written as words, French and English: "soixante", "quatre-vingt-dix", "trois cents",
/// "Forty-two", "a dozen", "un milliard", "two".
///
/// A lone article ("un", "une", "a", "one") is not a number; it counts only before a scale word
/// ("un milliard", "a dozen", "one hundred"). "neuf" alone counts only before a word ("neuf communes", not
/// "un bâtiment neuf."). A number word after "derniers", "last", "next"… belongs to a relative period ("les
/// deux dernières années" is a time reference, not a count), and vague plurals ("des millions") are not numbers.
enum NumberWords {
    /// What a number word contributes.
    enum Part: Sendable {
        /// 1…90: added to the current group.
        case small(Int)
        /// "cent", "hundred": multiplies the current group.
        case hundred
        /// "mille", "thousand", "million", "milliard", "billion": closes the current group.
        case scale(Double)
        /// "dozen": 12 × the current group.
        case dozen
        /// "un", "une", "a", "one": 1, only before a scale word.
        case article
    }

    static let parts: [UInt64: Part] = {
        var table: [UInt64: Part] = [:]
        let small: [(String, Int)] = [
            ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
            ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
            ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
            ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
            ("eighty", 80), ("ninety", 90), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5),
            ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13),
            ("quatorze", 14), ("quinze", 15), ("seize", 16), ("vingt", 20), ("vingts", 20), ("trente", 30),
            ("quarante", 40), ("cinquante", 50), ("soixante", 60), ("septante", 70), ("huitante", 80),
            ("octante", 80), ("nonante", 90),
        ]
        for (word, value) in small { table[WordHash.of(word)] = .small(value) }
        for word in ["hundred", "cent", "cents"] { table[WordHash.of(word)] = .hundred }
        let scales: [(String, Double)] = [
            ("thousand", 1e3), ("mille", 1e3), ("million", 1e6), ("millions", 1e6), ("milliard", 1e9),
            ("milliards", 1e9), ("billion", 1e9), ("billions", 1e9), ("trillion", 1e12),
        ]
        for (word, value) in scales { table[WordHash.of(word)] = .scale(value) }
        table[WordHash.of("dozen")] = .dozen
        table[WordHash.of("douzaine")] = .dozen
        for word in ["un", "une", "a", "one"] { table[WordHash.of(word)] = .article }
        return table
    }()

    /// The number words other than articles: a sentence holding one may hold a number.
    static let nonArticles = WordSet(
        parts.compactMap { key, part in
            if case .article = part { return nil }
            return key
        }
    )

    private static let vingt = WordHash.of("vingt")
    private static let vingts = WordHash.of("vingts")
    private static let quatre = WordHash.of("quatre")
    private static let neuf = WordHash.of("neuf")
    private static let et = WordHash.of("et")
    private static let and = WordHash.of("and")
    private static let hyphen = UInt64(("-" as Unicode.Scalar).value)
    /// Words before which a number word belongs to a relative period ("les deux dernières années").
    private static let relativeAfter = WordHash.set([
        "derniers", "dernières", "prochains", "prochaines", "premiers", "premières",
    ])
    private static let multipliers = WordHash.set(["fois", "times"])
    /// Words after which it does ("the last two years", "the next three weeks").
    private static let relativeBefore = WordHash.set(["last", "past", "next", "first"])

    /// The number written in words starting at token `i`, with the index of its last token.
    static func read(_ t: [Token], at i: Int) -> (value: Double, last: Int)? {
        guard i < t.count, t[i].kind == .word, let first = parts[t[i].hash] else { return nil }
        if i > 0, relativeBefore.contains(t[i - 1].hash) { return nil }
        if case .article = first {
            // "un milliard", "a dozen", "one hundred"; not "a deux" (French "has") nor a lone article.
            guard i + 1 < t.count, let second = parts[t[i + 1].hash] else { return nil }
            switch second {
            case .scale, .dozen, .hundred: break
            default: return nil
            }
        }
        var total = 0.0
        var group = 0.0
        var lastSmall: Int?
        var last = -1
        var sawArticle = false
        var sawValue = false
        var previous: UInt64 = 0
        var viaEt = false
        var k = i
        scan: while k < t.count {
            let token = t[k]
            guard token.kind == .word, let part = parts[token.hash] else { break }
            switch part {
            case .article:
                if k != i {
                    // "vingt et un", "trente et une"
                    guard viaEt, let ls = lastSmall, ls >= 20, ls % 10 == 0 else { break scan }
                    group += 1
                    lastSmall = ls + 1
                } else {
                    sawArticle = true
                }
            case .small(let v):
                let quatreVingt = (token.hash == vingt || token.hash == vingts) && previous == quatre
                if let ls = lastSmall {
                    let tensThenUnit = ls >= 20 && ls % 10 == 0 && v < 10
                    let tensThenTeen = (ls == 60 || ls == 80) && (10..<20).contains(v)
                    let dixSept = ls == 10 && (7...9).contains(v)
                    guard quatreVingt || tensThenUnit || tensThenTeen || dixSept else { break scan }
                    group += quatreVingt ? 76 : Double(v)
                    lastSmall = quatreVingt ? 80 : ls + v
                } else {
                    group += Double(v)
                    lastSmall = v
                }
                sawValue = true
            case .hundred:
                group = (sawValue ? max(group, 1) : 1) * 100
                lastSmall = nil
                sawValue = true
            case .scale(let factor):
                guard sawValue || sawArticle else { break scan }  // "des millions de personnes" is vague
                total += max(group, 1) * factor
                group = 0
                lastSmall = nil
                sawValue = true
            case .dozen:
                group = max(group, 1) * 12
                lastSmall = nil
                sawValue = true
            }
            last = k
            previous = token.hash
            // Continue over a "-" glued on both sides, and over "et" / "and" between number words.
            var next = k + 1
            viaEt = false
            if next + 1 < t.count, t[next].kind == .punct, t[next].hash == hyphen, t[k].end == t[next].start,
                t[next].end == t[next + 1].start
            {
                next += 1
            } else if sawValue, next + 1 < t.count, t[next].kind == .word, t[next].hash == et || t[next].hash == and,
                let after = parts[t[next + 1].hash]
            {
                if case .article = after {
                    if t[next].hash == and { break scan }
                }
                viaEt = true
                next += 1
            }
            k = next
        }
        guard sawValue, last >= i else { return nil }
        let value = total + group
        guard value >= 1 else { return nil }
        if last == i, t[i].hash == neuf, !(i + 1 < t.count && t[i + 1].kind == .word) { return nil }
        if last + 1 < t.count, relativeAfter.contains(t[last + 1].hash) { return nil }
        // "deux fois plus élevé", "three times as many": a ratio in words is a comparison, not a count.
        if last + 1 < t.count, multipliers.contains(t[last + 1].hash) { return nil }
        return (value, last)
    }
}
