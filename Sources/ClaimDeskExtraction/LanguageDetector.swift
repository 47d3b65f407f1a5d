public import ClaimDeskModel
import ClaimDeskText
/// Tells French from English by counting frequent function words (and French elisions) in the first
/// 20,000 code points.
public enum LanguageDetector {
    private static let french = WordHash.set([
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans", "pour", "pas", "sur",
        "au", "aux", "avec", "ce", "cette", "il", "elle", "ont", "été", "sont", "mais", "selon", "d'", "l'", "qu'",
        "n'", "s'", "c'", "j'", "à", "où", "ses", "leur", "nous", "vous", "ils", "plus", "très", "aussi", "être",
    ])
    private static let english = WordHash.set([
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by", "this",
        "are", "have", "has", "from", "at", "said", "were", "not", "but", "an", "they", "which", "their", "will",
        "would", "about", "been", "we", "you", "he", "she", "his", "her", "there", "what", "who", "or",
    ])

    /// Returns the more likely language of `text`; English when there is no evidence either way.
    public static func detect(_ text: String) -> Language {
        let scalars = Array(text.unicodeScalars.prefix(20_000))
        var frenchHits = 0
        var englishHits = 0
        for token in Tokenizer.tokens(scalars, 0..<scalars.count) where token.kind == .word {
            if french.contains(token.hash) { frenchHits += 1 }
            if english.contains(token.hash) { englishHits += 1 }
        }
        return frenchHits > englishHits ? .fr : .en
    }
}
