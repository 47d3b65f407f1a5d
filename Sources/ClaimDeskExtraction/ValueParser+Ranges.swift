import ClaimDeskModel
import ClaimDeskText

/// Dates without a year, months on their own and date ranges: "in October", "since Jan. 14", "du 3 au 9 mars",
/// "from March 3 to March 9", "between 2019 and 2023" (ISO 8601 intervals: `2019/2023`,
/// `2026-03-03/2026-03-09`).
extension ValueParser {
    /// A date read without its year, completed once the sentence has been read.
    struct PendingDate {
        /// Its index in the result's dates.
        var index: Int
        var month: Int
        var day: Int?
        /// Whether, with no year anywhere, it stays as ISO 8601's yearless `--MM-DD` (else it is dropped).
        var yearless: Bool
        /// The last day of a range of days ("du 3 au 9 mars").
        var dayTo: Int?
    }

    /// Words before a month on its own that make it a date: "en mars", "fin février", "since January".
    static let monthPrepositions = WordHash.set([
        "in", "en", "fin", "début", "debut", "depuis", "since", "until", "till", "to", "from", "by", "through",
        "dès", "courant", "mi", "avant", "before", "after", "après", "late", "early", "mid", "end", "of", "during",
        "durant", "pendant", "jusqu'en", "throughout", "ici",
    ])
    /// English months that are also common words ("may", "march"): a date only after a preposition or with a day.
    static let ambiguousMonths = WordHash.set(["may", "march", "mars", "sept", "mai"])
    static let dayRangeStarts = WordHash.set(["du", "from", "between", "entre", "de"])
    static let dayRangeJoins = WordHash.set(["au", "to", "à", "et", "and", "through", "until", "till"])
    static let rangeOpeners = WordHash.set(["from", "du", "de", "between", "entre", "depuis", "since"])
    static let rangeLinks = WordHash.set(["to", "au", "à", "until", "till", "through", "et", "and", "jusqu'au"])

    /// The first token of a month standing alone at token `i` ("in October" → "in"), if it is a date.
    func monthAlone(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int) -> Int? {
        // "oct." alone is more often an abbreviation; "in June." ends the sentence
        if isPunct(t, i + 1, "."), ValueLexicon.monthAbbreviations.contains(t[i].hash) { return nil }
        if i > 0, t[i - 1].kind == .word, Self.monthPrepositions.contains(t[i - 1].hash) { return i - 1 }
        if i > 1, isPunct(t, i - 1, "-"), t[i - 2].kind == .word, Self.monthPrepositions.contains(t[i - 2].hash) {
            return i - 2  // "mi-mars"
        }
        if language == .en, s[t[i].start].isUpper, t[i].length > 4, !Self.ambiguousMonths.contains(t[i].hash) {
            return i
        }
        return nil
    }

    /// "du 3 au 9 mars", "from 3 to 9 March", "3-9 mars 2026": the days, the month, the year and the last token.
    func dayRange(
        _ s: [Unicode.Scalar],
        _ t: [Token],
        _ i: Int
    )
        -> (range: (from: Int, to: Int, month: Int, year: Int?), last: Int)?
    {
        guard let d1 = day(s, t, i) else { return nil }
        var k = i + 1
        if k < t.count, t[k].kind == .word, t[k].hash == ValueLexicon.er, adjacent(t, i, k) { k += 1 }
        guard k + 1 < t.count else { return nil }
        let hyphen = isPunct(t, k, "-") && t[k - 1].end == t[k].start && t[k].end == t[k + 1].start
        let joined = t[k].kind == .word && Self.dayRangeJoins.contains(t[k].hash)
        guard hyphen || (joined && i > 0 && Self.dayRangeStarts.contains(t[i - 1].hash)) else { return nil }
        guard let d2 = day(s, t, k + 1), d2 > d1, let m = month(t, k + 2) else { return nil }
        var last = k + 2
        if isPunct(t, last + 1, "."), adjacent(t, last, last + 1) { last += 1 }
        if let y = isYear(s, t, last + 1) { return ((d1, d2, m, y), last + 1) }
        return ((d1, d2, m, nil), last)
    }

    /// Completes the dates read without a year with `year`; drops those that cannot do without one.
    func resolve(_ pending: [PendingDate], year: Int?, _ r: inout Result) {
        var drop: [Int] = []
        for p in pending {
            let y = year.map { "\($0)" } ?? (p.yearless && p.day != nil ? "-" : nil)
            guard let y else {
                drop.append(p.index)
                continue
            }
            var value = "\(y)-\(Self.pad(p.month))"
            if let day = p.day { value += "-\(Self.pad(day))" }
            if let to = p.dayTo { value += "/\(y)-\(Self.pad(p.month))-\(Self.pad(to))" }
            r.dates[p.index].value = value
        }
        for index in drop.reversed() {
            r.dates.remove(at: index)
            r.dateSpans.remove(at: index)
        }
    }

    /// Joins two dates into one interval when the text writes a range: "from March 3 to March 9", "between 2019
    /// and 2023", "de 2012 à 2024".
    func mergeRanges(_ s: [Unicode.Scalar], _ t: [Token], _ r: inout Result) {
        var j = 0
        while j + 1 < r.dates.count {
            let a = r.dateSpans[j]
            let b = r.dateSpans[j + 1]
            guard a.upperBound <= b.lowerBound, !r.dates[j].value.contains("/"), !r.dates[j + 1].value.contains("/"),
                r.dates[j].value.count == r.dates[j + 1].value.count
            else {
                j += 1
                continue
            }
            let between = t.filter { $0.start >= a.upperBound && $0.end <= b.lowerBound }
            let before = t.last { $0.end <= a.lowerBound }
            let opened = before.map { Self.rangeOpeners.contains($0.hash) } ?? false
            let linked = between.count == 1 && (Self.rangeLinks.contains(between[0].hash) || isDashToken(s, between[0]))
            if linked, opened || isDashToken(s, between[0]), r.dates[j].value < r.dates[j + 1].value {
                r.dates[j] = DateValue(
                    value: r.dates[j].value + "/" + r.dates[j + 1].value,
                    text: text(s, a.lowerBound, b.upperBound)
                )
                r.dateSpans[j] = a.lowerBound..<b.upperBound
                r.dates.remove(at: j + 1)
                r.dateSpans.remove(at: j + 1)
            }
            j += 1
        }
    }

    private func isDashToken(_ s: [Unicode.Scalar], _ token: Token) -> Bool {
        token.kind == .punct && (s[token.start] == "-" || s[token.start].isDash)
    }
}
