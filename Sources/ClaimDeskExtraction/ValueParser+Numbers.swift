import ClaimDeskModel
import ClaimDeskText

extension ValueParser {
    static let old = WordHash.of("old")
    static let percentage = WordHash.of("percentage")
    static let km = WordHash.of("km")
    static let h = WordHash.of("h")
    /// "un", "une", "one": the number 1 only before a duration unit ("en un an", "one year").
    static let oneWords = WordHash.set(["un", "une", "one"])
    static let durationUnits: Set<String> = ["year", "month", "week", "day", "hour"]

    /// Reads the numbers of a sentence, skipping tokens already used by dates.
    func parseNumbers(_ s: [Unicode.Scalar], _ t: [Token], _ used: inout [Bool], _ r: inout Result) {
        var i = 0
        var lastModelEnd = -1
        while i < t.count {
            guard !used[i] else {
                i += 1
                continue
            }
            if t[i].kind == .word {
                // "soixante", "Forty-two percent", "un milliard d'euros", "a dozen"
                // An article ("a", "un") starts a number only before another number word ("a dozen", "un milliard").
                let flags = t[i].flags
                let worth =
                    flags.contains(.cardinal)
                    && (flags.contains(.valueWord)
                        || (i + 1 < t.count && t[i + 1].flags.contains(.cardinal)))
                if worth, let (value, last) = NumberWords.read(t, at: i) {
                    i = finishNumber(s, t, i, last, value, hyphenUnit: nil, model: false, &used, &r)
                } else if t[i].length <= 3, Self.oneWords.contains(t[i].hash), i + 1 < t.count,
                    let unit = ValueLexicon.unitWords[t[i + 1].hash], Self.durationUnits.contains(unit)
                {
                    // "en un an", "in one year", "une semaine": one of a duration ("a year ago" stays an article).
                    i = finishNumber(s, t, i, i, 1, hyphenUnit: nil, model: false, &used, &r)
                } else {
                    i += 1
                }
                continue
            }
            guard t[i].kind == .number else {
                i += 1
                continue
            }
            // Digits glued to letters or handles: o1, kalinowski007, GPT-5, COVID-19, @x1.
            if i > 0, t[i - 1].end == t[i].start {
                let before = s[t[i - 1].start]
                let glued =
                    t[i - 1].kind == .word || before == "@" || before == "_" || before == "#" || before == "/"
                    || (before == "-" && i > 1 && t[i - 2].end == t[i - 1].start && t[i - 2].kind == .word)
                if glued {
                    lastModelEnd = skipNumber(s, t, i)
                    i = lastModelEnd + 1
                    continue
                }
            }
            // A list of versions after a model name: "GPT-5, 5.1, 5.2 et 5.3-Codex".
            if lastModelEnd >= 0, i - lastModelEnd <= 2, (lastModelEnd + 1..<i).allSatisfy({ isListGlue(s, t, $0) }) {
                lastModelEnd = skipNumber(s, t, i)
                i = lastModelEnd + 1
                continue
            }
            var last = i
            var value = Double(intValue(s, t[i]))
            var digitsInFirst = t[i].length
            // thousands groups
            while let next = thousandsGroup(s, t, last, firstGroupLength: digitsInFirst) {
                value = value * 1000 + Double(intValue(s, t[next]))
                last = next
                digitsInFirst = 0
            }
            // decimal part
            if let (digits, fractionIndex) = decimal(s, t, last) {
                var numerator = value
                var divisor = 1.0
                for index in t[fractionIndex].start..<min(t[fractionIndex].end, t[fractionIndex].start + 9) {
                    numerator = numerator * 10 + Double(s[index].value - 48)
                    divisor *= 10
                }
                _ = digits
                value = numerator / divisor
                last = fractionIndex
            }
            // Version numbers glued to a word: 5.3-Codex, 3D, 1er, 5th; but "30-year", "45-year-old" are durations.
            var hyphenUnit: Int?
            if last + 1 < t.count, t[last].end == t[last + 1].start {
                let next = t[last + 1]
                let isGluedWord = next.kind == .word && ValueLexicon.scales[next.hash] == nil
                let isGluedHyphenWord =
                    isPunct(t, last + 1, "-") && last + 2 < t.count && t[last + 2].kind == .word
                    && t[last + 1].end == t[last + 2].start && ValueLexicon.scales[t[last + 2].hash] == nil
                if isGluedHyphenWord, let unit = ValueLexicon.unitWords[t[last + 2].hash],
                    Self.sharedUnits.contains(unit), unit != "%"
                {
                    hyphenUnit = last + 2
                } else if isGluedWord || isGluedHyphenWord {
                    lastModelEnd = isGluedHyphenWord ? last + 2 : last + 1
                    i = lastModelEnd + 1
                    continue
                }
            }
            i = finishNumber(s, t, i, last, value, hyphenUnit: hyphenUnit, model: hyphenUnit == nil, &used, &r)
        }
    }

    /// Completes the number whose value `value` was read from tokens `i...last`: its range, currency, scale,
    /// unit and sign; appends it and returns the index to continue from.
    private func finishNumber(
        _ s: [Unicode.Scalar],
        _ t: [Token],
        _ i: Int,
        _ valueLast: Int,
        _ value: Double,
        hyphenUnit: Int?,
        model: Bool,
        _ used: inout [Bool],
        _ r: inout Result
    ) -> Int {
        var value = value
        var last = valueLast
        var upper: Double?
        if hyphenUnit == nil, t[i].kind == .number, let (bound, boundLast) = rangeEnd(s, t, i, last) {
            upper = bound
            last = boundLast
        }
        var first = t[i].start
        var end = t[last].end
        var unit: String?
        if t[i].kind == .number, let currency = currencyBefore(s, t, i) {
            unit = currency
            first = t[i - 1].start
            if i > 1, t[i - 2].kind == .word, t[i - 2].hash == ValueLexicon.us, t[i - 2].end == t[i - 1].start {
                first = t[i - 2].start
            }
        }
        var k = last + 1
        if k < t.count, t[k].kind == .word, let factor = ValueLexicon.scales[t[k].hash],
            t[k].length > 1 || t[k].start == t[last].end
        {
            value = (value * factor).rounded()
            upper = upper.map { ($0 * factor).rounded() }
            end = t[k].end
            k += 1
        }
        if let hyphenUnit {
            unit = ValueLexicon.unitWords[t[hyphenUnit].hash]
            end = t[hyphenUnit].end
            k = hyphenUnit + 1
            // "45-year-old"
            if k + 1 < t.count, isPunct(t, k, "-"), t[k].start == end, t[k + 1].hash == Self.old {
                end = t[k + 1].end
                k += 2
            }
        } else if let (u, unitEnd) = unitAfter(s, t, k) {
            unit = unit ?? u
            end = t[unitEnd].end
            k = unitEnd + 1
        }
        if unit == nil, let shared = coordinatedUnit(s, t, k) { unit = shared }
        if unit == nil, isAge(t, i) { unit = "year" }
        var sign: String?
        if let c = change(s, t, i) {
            sign = String(c)
            if c == "-" { value = -abs(value) }
            if t[i].kind == .number, explicitSign(s, t, i) != nil, first == t[i].start { first = t[i - 1].start }
        }
        used[i] = true
        let range = upper.map { NumberRange(from: value, to: $0) }
        r.numbers.append(NumberValue(value: value, unit: unit, text: text(s, first, end), range: range, sign: sign))
        r.modelNumbers.append(model)
        return max(k, last + 1)
    }

    /// The index of the last token of a model or version number starting at `i` ("5.1", "5.3-Codex").
    private func skipNumber(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> Int {
        var last = i
        while last + 2 < t.count, isPunct(t, last + 1, "."), t[last + 2].kind == .number,
            t[last].end == t[last + 1].start, t[last + 1].end == t[last + 2].start
        {
            last += 2
        }
        if last + 2 < t.count, isPunct(t, last + 1, "-"), t[last + 2].kind == .word, t[last].end == t[last + 1].start {
            last += 2
        } else if last + 1 < t.count, t[last + 1].kind == .word, t[last].end == t[last + 1].start {
            last += 1
        }
        return last
    }

    private func isListGlue(_ s: [Unicode.Scalar], _ t: [Token], _ k: Int) -> Bool {
        isPunct(t, k, ",") || (t[k].kind == .word && (t[k].hash == ValueLexicon.et || t[k].hash == ValueLexicon.and))
    }

    /// The next thousands group after token `last`: "4 600", "1,200" (English), "1.200.000" (French).
    private func thousandsGroup(_ s: [Unicode.Scalar], _ t: [Token], _ last: Int, firstGroupLength: Int) -> Int? {
        if firstGroupLength > 3 { return nil }
        let k = last + 1
        guard k < t.count else { return nil }
        if t[k].kind == .number, t[k].length == 3, t[k].start == t[last].end + 1 {
            let gap = s[t[last].end]
            let isThin = gap.value == 0xA0 || gap.value == 0x202F || gap.value == 0x2009
            let isPlainSpace = gap == " " && language == .fr
            if isThin || isPlainSpace, !(k + 1 < t.count && t[k + 1].kind == .number && t[k + 1].start == t[k].end) {
                return k
            }
            return nil
        }
        let separator: Unicode.Scalar = language == .fr ? "." : ","
        if isPunct(t, k, separator), k + 1 < t.count, t[k + 1].kind == .number, t[k + 1].length == 3,
            t[last].end == t[k].start, t[k].end == t[k + 1].start,
            !(k + 2 < t.count && t[k + 2].kind == .number && t[k + 2].start == t[k + 1].end)
        {
            return k + 1
        }
        return nil
    }

    /// The fractional part after token `last`: ",5" (French), ".3" (both; French also reads "2.3").
    private func decimal(_ s: [Unicode.Scalar], _ t: [Token], _ last: Int) -> (Int, Int)? {
        let k = last + 1
        guard k + 1 < t.count, t[k].kind == .punct, t[k + 1].kind == .number, t[last].end == t[k].start,
            t[k].end == t[k + 1].start
        else { return nil }
        let mark = s[t[k].start]
        let isDecimalMark = language == .fr ? (mark == "," || mark == ".") : (mark == ".")
        guard isDecimalMark else { return nil }
        // "5.3.1" is a version, not a decimal.
        if k + 2 < t.count, isPunct(t, k + 2, "."), k + 3 < t.count, t[k + 3].kind == .number,
            t[k + 2].start == t[k + 1].end
        {
            return nil
        }
        return (t[k + 1].length, k + 1)
    }

    func currencyBefore(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> String? {
        guard i > 0, t[i - 1].kind == .punct, t[i - 1].end == t[i].start || s[t[i - 1].end].isSpace else { return nil }
        return ValueLexicon.currency(s[t[i - 1].start])
    }

    /// The unit after a number, starting at token `k`: `%`, `€`, "pour cent", "d'euros", "de dollars".
    func unitAfter(_ s: [Unicode.Scalar], _ t: [Token], _ k: Int) -> (String, Int)? {
        guard k < t.count else { return nil }
        if t[k].kind == .punct {
            let c = s[t[k].start]
            if c == "%" || c == "\u{2030}" { return ("%", k) }
            if let currency = ValueLexicon.currency(c) { return (currency, k) }
            return nil
        }
        guard t[k].kind == .word else { return nil }
        // "0.3 percentage points", "130 km/h"
        if t[k].hash == Self.percentage, k + 1 < t.count, ValueLexicon.unitWords[t[k + 1].hash] == "point" {
            return ("point", k + 1)
        }
        if t[k].hash == Self.km, k + 2 < t.count, isPunct(t, k + 1, "/"), t[k + 2].hash == Self.h {
            return ("km/h", k + 2)
        }
        if let unit = ValueLexicon.unitWords[t[k].hash] { return (unit, k) }
        if t[k].hash == ValueLexicon.pour || t[k].hash == ValueLexicon.per, k + 1 < t.count,
            t[k + 1].hash == ValueLexicon.cent
        {
            return ("%", k + 1)
        }
        if t[k].hash == ValueLexicon.dElided || t[k].hash == ValueLexicon.de || t[k].hash == ValueLexicon.of,
            k + 1 < t.count, t[k + 1].kind == .word, let unit = ValueLexicon.unitWords[t[k + 1].hash], unit != "%"
        {
            return (unit, k + 1)
        }
        return nil
    }
}
