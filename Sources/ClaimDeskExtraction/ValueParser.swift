import ClaimDeskModel
import ClaimDeskText

/// Reads the numbers and dates of a sentence and normalises them.
///
/// Dates are read first (ISO 8601 with reduced precision: `2023`, `2026-02`, `2026-03-07`, `2026-Q1`), so a
/// day or a year never counts as a number. Numbers take their thousands separators and decimal mark from the
/// language ("1,5 million" → 1500000 in French, "1,200" → 1200 in English), their scale word and their unit
/// (`%`, `EUR`, `USD`, `GBP`). Model and version names (GPT-5, o1, 5.3-Codex, "GPT-5, 5.1 et 5.2") are skipped.
struct ValueParser: Sendable {
    var language: Language
    /// The year dates without one take ("le 14 novembre", "au troisième trimestre").
    var documentYear: Int?

    struct Result {
        var numbers: [NumberValue] = []
        var dates: [DateValue] = []
        /// For each number, whether the check-worthiness model sees it: numbers in digits, as before numbers in
        /// words and "30-year" durations were read, so the model's signals stay the ones it was trained on.
        var modelNumbers: [Bool] = []
        /// Where each date was read (scalar offsets), for joining ranges.
        var dateSpans: [Range<Int>] = []
    }

    /// The numbers and dates of the tokens of one sentence; `contextYear` (the year of the paragraph's previous
    /// sentence) dates a month or quarter without a year before the document's year does.
    func parse(_ s: [Unicode.Scalar], _ t: [Token], contextYear: Int? = nil) -> Result {
        var result = Result()
        guard
            t.contains(where: { $0.kind == .number || !$0.flags.isDisjoint(with: [.valueWord, .month]) })
        else {
            return result
        }
        var used = [Bool](repeating: false, count: t.count)
        parseDates(s, t, &used, &result, contextYear: contextYear)
        parseNumbers(s, t, &used, &result)
        return result
    }

    // MARK: helpers

    @inline(__always) func adjacent(_ t: [Token], _ a: Int, _ b: Int) -> Bool {
        b < t.count && t[a].end == t[b].start
    }

    @inline(__always) func isPunct(_ t: [Token], _ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && t[i].hash == UInt64(c.value)
    }

    func intValue(_ s: [Unicode.Scalar], _ tok: Token) -> Int {
        var v = 0
        for index in tok.start..<min(tok.end, tok.start + 9) { v = v * 10 + Int(s[index].value - 48) }
        return v
    }

    func text(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        ScalarString.make(s, a..<b)
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    func isYear(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].length == 4 else { return nil }
        let v = intValue(s, t[i])
        return (1800...2100).contains(v) ? v : nil
    }

    func day(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .number, t[i].length <= 2 else { return nil }
        let v = intValue(s, t[i])
        return (1...31).contains(v) ? v : nil
    }

    func month(_ t: [Token], _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, t[i].flags.contains(.month) else { return nil }
        return ValueLexicon.months[t[i].hash]
    }

    // MARK: dates

    private func parseDates(
        _ s: [Unicode.Scalar],
        _ t: [Token],
        _ used: inout [Bool],
        _ r: inout Result,
        contextYear: Int?
    ) {
        var i = 0
        var quarters: [(index: Int, q: Int, start: Int, end: Int)] = []
        var pending: [PendingDate] = []
        while i < t.count {
            if used[i] {
                i += 1
                continue
            }
            // 2026-03-09
            if let y = isYear(s, t, i), isPunct(t, i + 1, "-"), adjacent(t, i, i + 1), i + 4 < t.count,
                t[i + 2].kind == .number, t[i + 2].length == 2, isPunct(t, i + 3, "-"), t[i + 4].kind == .number,
                t[i + 4].length == 2, t[i + 3].end == t[i + 4].start
            {
                let m = intValue(s, t[i + 2])
                let d = intValue(s, t[i + 4])
                if (1...12).contains(m), (1...31).contains(d) {
                    add(&r, "\(y)-\(Self.pad(m))-\(Self.pad(d))", s, t[i].start, t[i + 4].end)
                    for k in i...(i + 4) { used[k] = true }
                    i += 5
                    continue
                }
            }
            // 20/10/2021 (French day first), 10/20/2021 (English month first)
            if let a = day(s, t, i), isPunct(t, i + 1, "/"), i + 4 < t.count, let b = day(s, t, i + 2),
                isPunct(t, i + 3, "/"), let y = isYear(s, t, i + 4), t[i].end == t[i + 1].start,
                t[i + 3].end == t[i + 4].start
            {
                let dayFirst = language == .fr ? b <= 12 : a > 12
                let (d, m) = dayFirst ? (a, b) : (b, a)
                if (1...12).contains(m) {
                    add(&r, "\(y)-\(Self.pad(m))-\(Self.pad(d))", s, t[i].start, t[i + 4].end)
                    for k in i...(i + 4) { used[k] = true }
                    i += 5
                    continue
                }
            }
            // du 3 au 9 mars (2026)
            if let (range, last) = dayRange(s, t, i) {
                if let y = range.year {
                    add(
                        &r,
                        "\(y)-\(Self.pad(range.month))-\(Self.pad(range.from))/\(y)-\(Self.pad(range.month))-\(Self.pad(range.to))",
                        s,
                        t[i].start,
                        t[last].end
                    )
                } else {
                    pending.append(
                        PendingDate(
                            index: r.dates.count,
                            month: range.month,
                            day: range.from,
                            yearless: true,
                            dayTo: range.to
                        )
                    )
                    add(&r, "", s, t[i].start, t[last].end)
                }
                for u in i...last { used[u] = true }
                i = last + 1
                continue
            }
            // 14 novembre 2026, 1er janvier 2027, 7 March 2026
            if let d = day(s, t, i) {
                var k = i + 1
                if k < t.count, t[k].kind == .word, t[k].hash == ValueLexicon.er, adjacent(t, i, k) { k += 1 }
                if let m = month(t, k) {
                    var end = k
                    if isPunct(t, k + 1, "."), adjacent(t, k, k + 1) { end = k + 1 }
                    if let y = isYear(s, t, end + 1) {
                        add(&r, "\(y)-\(Self.pad(m))-\(Self.pad(d))", s, t[i].start, t[end + 1].end)
                        for u in i...(end + 1) { used[u] = true }
                        i = end + 2
                        continue
                    }
                    if m != 5 || language == .fr || s[t[k].start].isUpper {  // "3 May", not "25 may attend"
                        // Without a year: the sentence's, the paragraph's, the document's, else ISO 8601's "--MM-DD".
                        pending.append(PendingDate(index: r.dates.count, month: m, day: d, yearless: true))
                        add(&r, "", s, t[i].start, t[end].end)
                        for u in i...end { used[u] = true }
                        i = end + 1
                        continue
                    }
                }
            }
            // March 7, 2026 / Oct. 3, 2026 / March 2026 / fin février 2026
            if let m = month(t, i) {
                var k = i + 1
                if isPunct(t, k, "."), adjacent(t, i, k) { k += 1 }
                if let d = day(s, t, k), !(k + 1 < t.count && t[k + 1].kind == .word && adjacent(t, k, k + 1)) {
                    var yk = k + 1
                    if isPunct(t, yk, ",") { yk += 1 }
                    if let y = isYear(s, t, yk) {
                        add(&r, "\(y)-\(Self.pad(m))-\(Self.pad(d))", s, t[i].start, t[yk].end)
                        for u in i...yk { used[u] = true }
                        i = yk + 1
                        continue
                    }
                    // "May 25" is a date where "may" cannot be the modal: capitalised inside the sentence
                    let mayDay = i > 0 && s[t[i].start].isUpper
                    if language == .en, t[i].length > 3 || isPunct(t, i + 1, ".") || mayDay {
                        pending.append(PendingDate(index: r.dates.count, month: m, day: d, yearless: false))
                        add(&r, "", s, t[i].start, t[k].end)
                        for u in i...k { used[u] = true }
                        i = k + 1
                        continue
                    }
                }
                if isYear(s, t, k) == nil, let first = monthAlone(s, t, i) {
                    // "in October", "en mars", "fin février", "since January": the year comes from the context.
                    pending.append(PendingDate(index: r.dates.count, month: m, day: nil, yearless: false))
                    add(&r, "", s, t[first].start, t[i].end)
                    used[i] = true
                    i += 1
                    continue
                }
                if let y = isYear(s, t, k) {
                    var first = i
                    if i > 0, t[i - 1].kind == .word, ValueLexicon.monthQualifiers.contains(t[i - 1].hash) {
                        first = i - 1
                    } else if i > 1, isPunct(t, i - 1, "-"), ValueLexicon.monthQualifiers.contains(t[i - 2].hash) {
                        first = i - 2
                    }
                    add(&r, "\(y)-\(Self.pad(m))", s, t[first].start, t[k].end)
                    for u in i...k { used[u] = true }
                    i = k + 1
                    continue
                }
            }
            // premier trimestre 2026 / third quarter / Q1 2026 / T1 2026
            if let q = quarter(s, t, i) {
                quarters.append((index: i, q: q.q, start: t[i].start, end: t[q.last].end))
                var y: Int?
                var last = q.last
                var k = q.last + 1
                if k < t.count, t[k].kind == .word, t[k].hash == ValueLexicon.of || t[k].hash == ValueLexicon.de {
                    k += 1
                }
                if let year = isYear(s, t, k) {
                    y = year
                    last = k
                }
                for u in i...last { used[u] = true }
                if let y {
                    add(&r, "\(y)-Q\(q.q)", s, t[i].start, t[last].end)
                    quarters.removeLast()
                }
                i = last + 1
                continue
            }
            // 2012-2024
            if let y = isYear(s, t, i), isPunct(t, i + 1, "-"), let y2 = isYear(s, t, i + 2), y2 > y,
                t[i].end == t[i + 1].start, t[i + 1].end == t[i + 2].start
            {
                add(&r, "\(y)/\(y2)", s, t[i].start, t[i + 2].end)
                for u in i...(i + 2) { used[u] = true }
                i += 3
                continue
            }
            // en 2023, bare years
            if let y = isYear(s, t, i), !followedByUnit(s, t, i),
                !(i > 0 && t[i - 1].end == t[i].start
                    && (t[i - 1].kind != .punct || isPunct(t, i - 1, "-") || isPunct(t, i - 1, ".")))
            {
                add(&r, "\(y)", s, t[i].start, t[i].end)
                used[i] = true
            }
            i += 1
        }
        let year = r.dates.lazy.compactMap { Int($0.value.prefix(4)) }.first ?? contextYear ?? documentYear
        if !pending.isEmpty { resolve(pending, year: year, &r) }
        if !quarters.isEmpty, let year {
            for q in quarters { add(&r, "\(year)-Q\(q.q)", s, q.start, q.end) }
        }
        if r.dates.count > 1 { mergeRanges(s, t, &r) }
    }

    private func quarter(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> (q: Int, last: Int)? {
        guard t[i].kind == .word || t[i].kind == .number else { return nil }
        if t[i].kind == .word, !t[i].flags.contains(.valueWord) { return nil }
        if let q = ValueLexicon.quarterOrdinals[t[i].hash], i + 1 < t.count,
            ValueLexicon.quarterWords.contains(t[i + 1].hash)
        {
            return (q, i + 1)
        }
        if t[i].hash == ValueLexicon.q || t[i].hash == ValueLexicon.t, i + 1 < t.count, adjacent(t, i, i + 1),
            t[i + 1].kind == .number, t[i + 1].length == 1, s[t[i].start].isUpper
        {
            let q = intValue(s, t[i + 1])
            if (1...4).contains(q), isYear(s, t, i + 2) != nil { return (q, i + 1) }
        }
        // 1er trimestre, 3e trimestre
        if t[i].kind == .number, t[i].length == 1, i + 2 < t.count, t[i + 1].kind == .word, adjacent(t, i, i + 1),
            ValueLexicon.quarterWords.contains(t[i + 2].hash)
        {
            let q = intValue(s, t[i])
            if (1...4).contains(q) { return (q, i + 2) }
        }
        return nil
    }

    private func followedByUnit(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> Bool {
        let k = i + 1
        guard k < t.count else { return false }
        if t[k].kind == .punct {
            let c = s[t[k].start]
            return c == "%" || ValueLexicon.currency(c) != nil
        }
        if t[k].kind == .word {
            return ValueLexicon.unitWords[t[k].hash] != nil || ValueLexicon.scales[t[k].hash] != nil
        }
        return false
    }

    func add(_ r: inout Result, _ value: String, _ s: [Unicode.Scalar], _ a: Int, _ b: Int) {
        r.dates.append(DateValue(value: value, text: text(s, a, b)))
        r.dateSpans.append(a..<b)
    }
}
