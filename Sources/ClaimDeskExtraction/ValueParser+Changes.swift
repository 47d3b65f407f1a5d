import ClaimDeskModel
import ClaimDeskText
/// Signs, changes, ranges and age units of numbers: "+41 %", "-0,2 point", "en baisse de 5 pts" (negative),
/// "rose 12%" (`+`), "entre 18 et 25 ans" and "aged 18 to 24" (one range), "âgés de 19 et 23 ans" (both in
/// years), "children aged under five" (years).
extension ValueParser {
    static let riseWords = WordHash.set([
        "rose", "rise", "rises", "risen", "rising", "up", "increased", "increase", "increases", "grew", "grown",
        "grow", "jumped", "jump", "gained", "gain", "climbed", "climb", "surged", "soared", "hausse", "augmenté",
        "augmente", "augmentent", "augmentation", "progressé", "progresse", "progression", "bondi", "bond",
        "grimpé", "grimpe", "croissance", "gagné", "gagne", "accru", "hausses", "rebondi",
    ])
    static let fallWords = WordHash.set([
        "fell", "fall", "falls", "fallen", "falling", "down", "dropped", "drop", "drops", "declined", "decline",
        "declines", "slipped", "slip", "decreased", "decrease", "shrank", "shrunk", "slid", "slumped", "plunged",
        "tumbled", "eased", "baisse", "baissé", "baisses", "recul", "reculé", "recule", "reculent", "diminué",
        "diminue", "diminution", "chuté", "chute", "chutent", "replié", "repli", "contracté", "contraction",
        "perdu", "fondu", "dégringolé", "plongé",
    ])
    /// Words between a change word and its figure: "fell by 3%", "a reculé de 0,2 point", "fell back by 7%".
    static let changeLinks = WordHash.set(["by", "de", "d'", "of", "back", "sharply", "nettement", "encore", "some"])
    static let rangeStarts = WordHash.set(["entre", "between"])
    static let rangeJoins = WordHash.set(["et", "and"])
    static let ageWords = WordHash.set(["aged", "âgé", "âgée", "âgés", "âgées", "ages", "age", "âge"])
    static let ageLinks = WordHash.set(["de", "d'", "under", "over", "between", "entre", "of", "from", "moins", "plus"])
    static let ageRangeJoins = WordHash.set(["to", "à"])
    static let coordination = WordHash.set(["et", "and", "ou", "or"])
    /// Units that a number coordinated with another takes from it ("19 et 23 ans").
    static let sharedUnits: Set<String> = ["year", "month", "week", "day", "hour", "%", "point"]

    /// `+` or `-` when the number at token `i` is a change: an explicit sign glued to it, or a rise or fall word
    /// just before ("rose 41%", "en baisse de 5 pts").
    func change(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> Unicode.Scalar? {
        if let sign = explicitSign(s, t, i) { return sign }
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 3 {
            let h = t[k].hash
            if t[k].kind == .word {
                if Self.fallWords.contains(h) { return "-" }
                if Self.riseWords.contains(h) { return "+" }
                guard Self.changeLinks.contains(h) else { return nil }
            } else if t[k].kind == .punct {
                let c = s[t[k].start]
                guard ValueLexicon.currency(c) != nil else { return nil }
            } else {
                return nil
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// "+41 %", "-12 %", "−0,2 point": a sign glued to the number and not to a word before it.
    func explicitSign(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> Unicode.Scalar? {
        guard i > 0, t[i - 1].kind == .punct, t[i - 1].end == t[i].start else { return nil }
        let c = s[t[i - 1].start]
        guard c == "+" || c == "-" || c == "\u{2212}" else { return nil }
        if i > 1, t[i - 2].end == t[i - 1].start { return nil }
        return c == "+" ? "+" : "-"
    }

    /// The upper bound of a range starting at number token `i` whose value ends at token `last`:
    /// "entre 18 et 25", "between 40 and 65", "aged 18 to 24", "18-25 ans". Returns the bound and its last token.
    func rangeEnd(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int, _ last: Int) -> (Double, Int)? {
        let k = last + 1
        guard k + 1 < t.count, t[k + 1].kind == .number else { return nil }
        let between = i > 0 && Self.rangeStarts.contains(t[i - 1].hash) && Self.rangeJoins.contains(t[k].hash)
        let aged = isAge(t, i) && Self.ageRangeJoins.contains(t[k].hash)
        let hyphen =
            isPunct(t, k, "-") && t[last].end == t[k].start && t[k].end == t[k + 1].start && t[i].length <= 3
            && t[k + 1].length <= 3 && k + 2 < t.count && t[k + 2].kind == .word
            && ValueLexicon.unitWords[t[k + 2].hash] != nil
        guard between || aged || hyphen else { return nil }
        return simpleValue(s, t, k + 1)
    }

    /// A plain number at token `k` (digits, thousands groups ignored, an optional decimal part).
    func simpleValue(_ s: [Unicode.Scalar], _ t: [Token], _ k: Int) -> (Double, Int) {
        var value = Double(intValue(s, t[k]))
        var last = k
        if k + 2 < t.count, t[k + 1].kind == .punct, t[k + 2].kind == .number, t[k].end == t[k + 1].start,
            t[k + 1].end == t[k + 2].start
        {
            let mark = s[t[k + 1].start]
            if mark == "." || (language == .fr && mark == ",") {
                var divisor = 1.0
                var fraction = 0.0
                for index in t[k + 2].start..<min(t[k + 2].end, t[k + 2].start + 9) {
                    fraction = fraction * 10 + Double(s[index].value - 48)
                    divisor *= 10
                }
                value += fraction / divisor
                last = k + 2
            }
        }
        return (value, last)
    }

    /// Whether the number at token `i` is an age: "aged 45", "âgé de 45 ans", "aged under five".
    func isAge(_ t: [Token], _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, Self.ageLinks.contains(t[k].hash) { k -= 1 }
        if k >= 0, Self.ageLinks.contains(t[k].hash) { k -= 1 }
        return k >= 0 && Self.ageWords.contains(t[k].hash)
    }

    /// The unit of the number coordinated after token `k` ("19 et 23 ans": `year` for 19), when it is shared.
    func coordinatedUnit(_ s: [Unicode.Scalar], _ t: [Token], _ k: Int) -> String? {
        guard k + 1 < t.count, t[k].kind == .word || isPunct(t, k, ","),
            t[k].kind == .punct || Self.coordination.contains(t[k].hash), t[k + 1].kind == .number
        else { return nil }
        let (_, last) = simpleValue(s, t, k + 1)
        guard let (unit, _) = unitAfter(s, t, last + 1), Self.sharedUnits.contains(unit) else { return nil }
        return unit
    }
}
