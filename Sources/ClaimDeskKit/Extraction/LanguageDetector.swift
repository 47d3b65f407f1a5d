/// Tells French from English by counting frequent function words.
public enum LanguageDetector {
    private static let french: Set<String> = [
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans", "pour", "pas",
        "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ont", "été", "sont", "mais", "selon", "d'un",
    ]
    private static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by",
        "this", "are", "have", "has", "from", "at", "said", "were", "not", "but", "an", "they", "which", "their",
    ]

    /// Returns the more likely language of `text`; English when there is no evidence either way.
    public static func detect(_ text: String) -> Language {
        var frenchHits = 0
        var englishHits = 0
        var word = ""
        func count() {
            if french.contains(word) { frenchHits += 1 }
            if english.contains(word) { englishHits += 1 }
            word = ""
        }
        for scalar in text.unicodeScalars.prefix(20_000) {
            if scalar.properties.isAlphabetic || scalar == "'" {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !word.isEmpty {
                count()
            }
        }
        if !word.isEmpty { count() }
        return frenchHits > englishHits ? .fr : .en
    }
}
