import ClaimDeskModel
import ClaimDeskText
extension MainContent {
    /// The least text, in letters, of a JSON-LD `articleBody` taken as the article: shorter ones are teasers.
    static let jsonLDMinimum = 500

    /// The article a page declares in JSON-LD (`NewsArticle`, `Article`, `BlogPosting`… `articleBody`), as
    /// paragraphs: character references decoded, white space collapsed, one paragraph per line of the value.
    ///
    /// Used when the page's markup holds no article: pages drawn by scripts often ship their text only there.
    /// When the markup has the article, the markup wins: its paragraphs are the page's, where `articleBody` is
    /// often cut short or run together.
    static func jsonLDArticleBody(_ blocks: [String]) -> MainContent? {
        guard let article = ArticleMetadata.jsonLDArticle(blocks),
            let body = ArticleMetadata.string(article["articleBody"])
        else { return nil }
        let paragraphs = body.split(whereSeparator: \.isNewline).map { line in
            line.split(whereSeparator: { $0.isWhitespace && $0 != "\u{00A0}" }).joined(separator: " ")
        }.filter { !$0.isEmpty }
        let letters = paragraphs.reduce(0) { $0 + $1.unicodeScalars.count { !$0.properties.isWhitespace } }
        guard letters >= jsonLDMinimum, !body.contains("<p") else { return nil }
        return MainContent(text: paragraphs.joined(separator: "\n\n"), evidence: .jsonLD, container: "JSON-LD")
    }
}
