import ClaimDeskModel
import ClaimDeskText
/// Recognises the short calls to action pages put inside or around an article by their wording, for pages that do
/// not mark them: "Sign up to our newsletter", "Subscribe to …", "Read more:", "You may also like", "Copyright ©
/// 2019 …", "This website uses cookies", "Abonnez-vous", "À lire aussi". English and French.
enum PromoText {
    /// Longer blocks are never taken for a call to action.
    static let maximumLength = 160

    /// Whether a short block is a call to action, a copyright line or a module label.
    static func isPromo(_ block: TextBlock) -> Bool {
        guard block.length <= maximumLength else { return false }
        let text = Array(block.text.lowercased().utf8)
        if openings.contains(where: { text.starts(with: $0) }) { return true }
        return phrases.contains { phrase in
            guard let first = phrase.first, text.count >= phrase.count else { return false }
            return (0...(text.count - phrase.count)).contains { start in
                text[start] == first && text[start..<(start + phrase.count)].elementsEqual(phrase)
            }
        }
    }

    private static let openings: [[UInt8]] = [
        "copyright", "©", "(c) ", "sign up", "subscribe", "follow us", "share this", "share on", "read more",
        "read also", "see also", "related:", "more:", "advertisement", "loading", "you may also like",
        "you might also like", "recommended for you", "click here to", "get the latest", "don't miss", "don’t miss",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite", "abonnez-vous", "inscrivez-vous",
        "partager", "publicité", "suivez-nous", "cliquez ici",
    ].map { Array($0.utf8) }
    private static let phrases: [[UInt8]] = [
        "all rights reserved", "tous droits réservés", "newsletter", "sign up for", "subscribe to our",
        "subscribe now", "abonnez-vous", "uses cookies", "use of cookies", "accept cookies", "utilise des cookies",
        "utilisation des cookies", "accepter les cookies",
    ].map { Array($0.utf8) }
}
