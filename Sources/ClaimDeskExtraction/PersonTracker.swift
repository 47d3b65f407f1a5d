import ClaimDeskModel
import ClaimDeskText
/// Remembers the people a text has named, to expand "Altman" to "Sam Altman" and resolve "Elle" / "He".
struct PersonTracker: Sendable {
    private var fullNames: [UInt64: String] = [:]
    /// The last person named.
    private(set) var lastPerson: String?

    /// Records the names in `tokens` (in text order).
    mutating func observe(_ s: [Unicode.Scalar], _ t: [Token]) {
        var i = 0
        while i < t.count {
            guard let run = NameRun.forward(s, t, from: i) else {
                i += 1
                continue
            }
            let words = run.lowerBound...run.upperBound
            if words.count >= 2, words.count <= 3, words.allSatisfy({ isTitleCaseWord(s, t[$0]) }),
                !words.contains(where: { ClaimLexicon.organisationWords.contains(t[$0].hash) })
            {
                let key = t[run.upperBound].hash
                let name = NameRun.text(s, t, run)
                if fullNames[key] != name { fullNames[key] = name }
                lastPerson = name
            } else if words.count == 1, let name = fullNames[t[run.lowerBound].hash] {
                lastPerson = name
            }
            i = run.upperBound + 1
        }
    }

    /// The full name for a short one ("Altman" → "Sam Altman"), or the name itself.
    func expand(_ s: [Unicode.Scalar], _ t: [Token], _ run: ClosedRange<Int>) -> String {
        if run.count == 1, let name = fullNames[t[run.lowerBound].hash] { return name }
        return NameRun.text(s, t, run)
    }

    private func isTitleCaseWord(_ s: [Unicode.Scalar], _ token: Token) -> Bool {
        guard token.kind == .word, token.length >= 2, s[token.start].isUpper else { return false }
        for index in (token.start + 1)..<token.end where !s[index].isLower { return false }
        return true
    }
}

/// Runs of capitalised words that name someone or something ("Sam Altman", "OpenAI", "Meta Platforms").
enum NameRun {
    /// The run starting at token `i`, if it starts one.
    static func forward(_ s: [Unicode.Scalar], _ t: [Token], from i: Int) -> ClosedRange<Int>? {
        guard isNameWord(s, t, i, first: true) else { return nil }
        var j = i
        while j + 1 < t.count, j - i < 3, isNameWord(s, t, j + 1, first: false) { j += 1 }
        return i...j
    }

    /// The run ending at token `i`, if it ends one.
    static func backward(_ s: [Unicode.Scalar], _ t: [Token], endingAt i: Int) -> ClosedRange<Int>? {
        guard i >= 0, isNameWord(s, t, i, first: false) else { return nil }
        var j = i
        while j - 1 >= 0, i - j < 3, isNameWord(s, t, j - 1, first: false) { j -= 1 }
        while j <= i, !isNameWord(s, t, j, first: true) { j += 1 }
        return j <= i ? j...i : nil
    }

    static func isNameWord(_ s: [Unicode.Scalar], _ t: [Token], _ i: Int, first: Bool) -> Bool {
        guard i >= 0, i < t.count, t[i].kind == .word, s[t[i].start].isUpper else { return false }
        let flags = WordFlags.of(t[i].hash)
        return !flags.contains(.nameStop) && !flags.contains(.month)
    }

    static func text(_ s: [Unicode.Scalar], _ t: [Token], _ run: ClosedRange<Int>) -> String {
        ScalarString.make(s, t[run.lowerBound].start..<t[run.upperBound].end)
    }
}
