/// Tells French from English by counting frequent function words in the first few thousand characters.
public enum LanguageDetector {
    private static let french: Set<[UInt8]> = Set(
        [
            "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans", "pour", "pas",
            "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ont", "été", "sont", "mais", "selon", "d'un",
            "d'une", "l'", "qu'il", "plus", "nous", "vous", "leur", "ses", "son", "sa", "été", "où",
        ].map { Array($0.utf8) }
    )
    private static let english: Set<[UInt8]> = Set(
        [
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by",
            "this", "are", "have", "has", "from", "at", "said", "were", "not", "but", "an", "they", "which", "their",
            "he", "she", "his", "her", "its", "will", "would", "been", "after", "about", "who",
        ].map { Array($0.utf8) }
    )

    /// How many scalars are read at most.
    static let window = 8_000

    /// Returns the more likely language of `text`; English when there is no evidence either way.
    public static func detect(_ text: String) -> Language {
        var frenchHits = 0
        var englishHits = 0
        var word: [UInt8] = []
        func count() {
            if french.contains(word) { frenchHits += 1 }
            if english.contains(word) { englishHits += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars.prefix(window) {
            let value = scalar.value
            if value >= 0x61 && value <= 0x7A || value == 0x27 {
                word.append(UInt8(truncatingIfNeeded: value))
            } else if value >= 0x41 && value <= 0x5A {
                word.append(UInt8(truncatingIfNeeded: value + 0x20))
            } else if value == 0x2019 {
                word.append(0x27)
            } else if value >= 0x80, scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.utf8 { word.append(lower) }
            } else if !word.isEmpty {
                count()
            }
        }
        if !word.isEmpty { count() }
        return frenchHits > englishHits ? .fr : .en
    }
}
