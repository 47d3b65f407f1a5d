import ClaimDeskModel
import ClaimDeskText
/// A page read for its article: the article text when the page holds one, and the whole page's text either way.
public struct ArticlePage: Sendable, Hashable {
    /// The whole page's visible text, its metadata and charset (what `--whole-page` ingests).
    public var page: PageText
    /// The article, nil when the page holds none (a home page, a list of results). Plain text and Markdown are
    /// their own article.
    public var article: MainContent?
    /// Why the page holds no article, when it holds none.
    public var noArticle: MainContent.NoArticle?

    /// Creates an article page.
    public init(page: PageText, article: MainContent?, noArticle: MainContent.NoArticle? = nil) {
        self.page = page
        self.article = article
        self.noArticle = noArticle
    }

    /// The text to keep: the article's, or nil when there is none and `wholePage` is false; with `wholePage`, all
    /// of the page's text.
    public func text(wholePage: Bool) -> String? {
        wholePage ? page.text : article.map { DocumentDecoder.normalize($0.text) }
    }
}

extension HTMLText {
    /// Turns a fetched body into its article according to its media type.
    ///
    /// - Parameters:
    ///   - body: the decoded body bytes.
    ///   - contentType: the media type without parameters; HTML when nil and the body looks like HTML.
    ///   - charset: the charset named by the `Content-Type` header, if any.
    /// - Returns: the page and its article, or nil for a media type that is not text (PDF, images…).
    public static func articlePage(body: [UInt8], contentType: String?, charset: String?) -> ArticlePage? {
        let type = contentType ?? (looksLikeHTML(body) ? "text/html" : "text/plain")
        if type == "text/html" || type == "application/xhtml+xml" {
            return extractArticle(html: body, headerCharset: charset)
        }
        guard let page = pageText(body: body, contentType: type, charset: charset) else { return nil }
        let article = MainContent(text: page.text, evidence: .plainText, container: type)
        return ArticlePage(page: page, article: page.text.contains(where: { !$0.isWhitespace }) ? article : nil)
    }

    /// Extracts the whole text, the metadata and the article of an HTML page (see ``MainContent``).
    public static func extractArticle(html: [UInt8], headerCharset: String? = nil) -> ArticlePage {
        let (decoded, used) = TextCharset.decode(html, headerCharset: headerCharset, sniffHTML: true)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(decoded.utf8.count)
        for scalar in decoded.unicodeScalars { scalars.append(scalar) }
        let tokens = HTMLTokenizer.tokens(scalars)
        let (page, jsonLD, declaresArticle) = scan(scalars, tokens: tokens, charset: used)
        let tree = HTMLTree(tokens: tokens)
        switch MainContent.find(tree, title: page.metadata.title, declaresArticle: declaresArticle) {
        case .success(let article):
            return ArticlePage(page: page, article: article)
        case .failure(let reason):
            // A page drawn by scripts may hold its article only in its JSON-LD.
            let declared = MainContent.jsonLDArticleBody(jsonLD)
            return ArticlePage(page: page, article: declared, noArticle: declared == nil ? reason : nil)
        }
    }
}
