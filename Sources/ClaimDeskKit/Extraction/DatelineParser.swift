/// Reads a publication date from a dateline at the very start of a text.
///
/// First version: ` date 2026-03-09 ` style only. The extraction engine replaces this.
public enum DatelineParser {
    /// The `YYYY-MM-DD` date of a leading dateline, or nil.
    public static func publicationDate(in text: String) -> String? {
        let head = text.prefix(40).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard head.count >= 2, head[0].lowercased() == "date" else { return nil }
        let candidate = head[1]
        let parts = candidate.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return nil }
        return String(candidate)
    }
}
