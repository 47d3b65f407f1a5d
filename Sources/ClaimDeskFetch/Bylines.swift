import ClaimDeskModel
import ClaimDeskText
/// Recognises bylines, datelines and credits by their wording, for pages that do not mark them: short blocks such as
/// "By Jane Doe", "Par Camille Martin", "Published 5:03 PM ET, Nov 19, 2019", "Mis à jour le 3 mars 2026",
/// "Photo: AP". English and French, plus the word "by" of a few other languages.
enum Bylines {
    /// Longer blocks are never taken for a byline.
    static let maximumLength = 90

    /// Whether a block is a byline, a dateline or a credit line.
    static func isByline(_ block: TextBlock) -> Bool {
        guard block.length <= maximumLength, block.lines.count <= 3 else { return false }
        let text = block.text
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == ":" || $0 == "|" })
        guard let first = words.first?.lowercased() else { return false }
        if bylineWords.contains(first), words.count >= 2, words.count <= 12,
            words[1].first.map({ $0.isUppercase }) == true, !text.hasSuffix(".") || block.stops <= 2
        {
            return true
        }
        if datelineWords.contains(first)
            || (words.count >= 2 && datelineWords.contains(first + " " + words[1].lowercased()))
        {
            return words.count <= 14
        }
        if creditWords.contains(first), words.count <= 10 { return true }
        return isDateOnly(words)
    }

    /// A line made only of date and time words: "Nov 19, 2019 5:03 PM ET", "19/11/2019 à 10h30".
    private static func isDateOnly(_ words: [Substring]) -> Bool {
        guard !words.isEmpty, words.count <= 10 else { return false }
        var hasDigit = false
        for word in words {
            let lower = word.lowercased().trimmingCharacters(in: ",.")
            if lower.allSatisfy({ $0.isNumber || "/-.:h".contains($0) }) {
                if lower.contains(where: \.isNumber) { hasDigit = true }
                continue
            }
            if months.contains(where: { lower.hasPrefix($0) }) || dateFillers.contains(lower) { continue }
            return false
        }
        return hasDigit
    }

    private static let bylineWords: Set<String> = ["by", "par", "von", "por", "di", "door", "av", "af"]
    private static let datelineWords: Set<String> = [
        "published", "updated", "posted", "modified", "publié", "publiée", "mis à", "actualisé", "modifié",
        "last updated", "first published", "publication",
    ]
    private static let creditWords: Set<String> = [
        "photo", "photos", "image", "images", "credit", "credits", "crédit", "crédits", "source", "illustration",
    ]
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "janv", "févr", "fév",
        "mars", "avr", "mai", "juin", "juil", "août", "sept", "déc", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]
    private static let dateFillers: Set<String> = [
        "am", "pm", "a.m", "p.m", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "gmt", "utc", "bst", "cet",
        "cest", "at", "à", "le", "on", "the", "of", "de", "du", "h", "—", "-", "–", "•", "·", "|",
    ]
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
