import ClaimDeskModel
import ClaimDeskText
/// Reads a publication date from a dateline at the very start of an article.
///
/// Recognises " date 2026-03-09 ", "2026-03-09 —", "9 mars 2026 —" and "March 9, 2026 -" (a natural-language
/// date needs the dash, so an opening sentence that starts with a date is not taken for a dateline).
public enum DatelineParser {
    /// The publication date (ISO 8601) named by the dateline at the start of `text`, or nil.
    public static func publicationDate(in text: String) -> String? {
        dateline(Array(text.unicodeScalars.prefix(200)))?.date
    }

    private static let dateWords = WordHash.set(["date", "publié", "publie", "published", "mis", "updated"])
    private static let connectors = WordHash.set(["le", "on", "à", "jour", "a", "par"])

    /// The dateline's date and the offset just after it.
    static func dateline(_ s: [Unicode.Scalar]) -> (date: String, end: Int)? {
        let limit = min(s.count, 200)
        var firstLine = 0
        while firstLine < limit, s[firstLine] != "\n" { firstLine += 1 }
        let t = Tokenizer.tokens(s, 0..<firstLine)
        guard !t.isEmpty else { return nil }
        var i = 0
        var keyword = false
        if t[0].kind == .word, dateWords.contains(t[0].hash) {
            keyword = true
            i = 1
            while i < t.count, i < 3, t[i].kind == .word, connectors.contains(t[i].hash) { i += 1 }
        }
        if i < t.count, t[i].kind == .punct, s[t[i].start] == ":" { i += 1 }
        guard i < t.count else { return nil }
        let parser = ValueParser(language: .fr, documentYear: nil)
        // Parse a window of tokens after the keyword; the date must start right there.
        let window = Array(t[i..<min(t.count, i + 6)])
        let dates = parser.parse(s, window).dates
        guard let date = dates.first, date.value.count == 10 else { return nil }
        let dateEnd = t[i].start + date.text.unicodeScalars.count
        guard ScalarString.make(s, t[i].start..<dateEnd) == date.text else { return nil }
        var end = dateEnd
        while end < s.count, s[end].isInlineSpace { end += 1 }
        let isISO = s[t[i].start].isDigit && date.text.unicodeScalars.count == 10 && date.text.contains("-")
        if end < s.count, s[end].isDash || s[end] == "-" || s[end] == ":" {
            end += 1
            while end < s.count, s[end].isInlineSpace { end += 1 }
            return (date.value, end)
        }
        return keyword || isISO ? (date.value, end) : nil
    }
}
