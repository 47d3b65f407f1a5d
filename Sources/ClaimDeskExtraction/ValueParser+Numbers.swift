import ClaimDeskModel
import ClaimDeskText
extension ValueParser {
    /// Reads the numbers of a sentence, skipping tokens already used by dates.
    func parseNumbers(_ s: [Unicode.Scalar], _ t: [Token], _ used: inout [Bool], _ r: inout Result) {
        var i = 0
        var lastModelEnd = -1
        while i < t.count {
            guard t[i].kind == .number, !used[i] else {
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
            // Version numbers glued to a word: 5.3-Codex, 3D, 1er, 5th.
            if last + 1 < t.count, t[last].end == t[last + 1].start {
                let next = t[last + 1]
                let isGluedWord = next.kind == .word && ValueLexicon.scales[next.hash] == nil
                let isGluedHyphenWord =
                    isPunct(t, last + 1, "-") && last + 2 < t.count && t[last + 2].kind == .word
                    && t[last + 1].end == t[last + 2].start && ValueLexicon.scales[t[last + 2].hash] == nil
                if isGluedWord || isGluedHyphenWord {
                    lastModelEnd = isGluedHyphenWord ? last + 2 : last + 1
                    i = lastModelEnd + 1
                    continue
                }
            }
            var first = t[i].start
            var end = t[last].end
            var unit: String?
            if let currency = currencyBefore(s, t, i) {
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
                end = t[k].end
                k += 1
            }
            if let (u, unitEnd) = unitAfter(s, t, k) {
                unit = unit ?? u
                end = t[unitEnd].end
                k = unitEnd + 1
            }
            used[i] = true
            r.numbers.append(NumberValue(value: value, unit: unit, text: text(s, first, end)))
            i = max(k, last + 1)
        }
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

    private func currencyBefore(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> String? {
        guard i > 0, t[i - 1].kind == .punct, t[i - 1].end == t[i].start || s[t[i - 1].end].isSpace else { return nil }
        return ValueLexicon.currency(s[t[i - 1].start])
    }

    /// The unit after a number, starting at token `k`: `%`, `€`, "pour cent", "d'euros", "de dollars".
    private func unitAfter(_ s: [Unicode.Scalar], _ t: [Token], _ k: Int) -> (String, Int)? {
        guard k < t.count else { return nil }
        if t[k].kind == .punct {
            let c = s[t[k].start]
            if c == "%" || c == "\u{2030}" { return ("%", k) }
            if let currency = ValueLexicon.currency(c) { return (currency, k) }
            return nil
        }
        guard t[k].kind == .word else { return nil }
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
