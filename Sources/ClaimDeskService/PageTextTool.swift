import ClaimDeskModel
import ClaimDeskFetch
import Foundation

/// What `ingest` would keep of a page, read without storing or archiving anything (`claimdesk page-text`).
public struct PageTextResult: Sendable, Hashable, Encodable {
    /// The URL or file read.
    public var input: String
    /// The text ingest would store, or nil when the page has no article (and the whole page was not asked for).
    public var text: String?
    /// Metadata the page declares.
    public var title: String?
    /// The author.
    public var author: String?
    /// The publisher or site.
    public var publisher: String?
    /// The publication date.
    public var published: String?
    /// The declared language tag.
    public var language: String?
    /// The canonical URL (http or https only).
    public var canonicalURL: String?
    /// The standfirst (description), kept as metadata, not text.
    public var standfirst: String?
    /// How the article was found (`whole page` with `--whole-page`).
    public var evidence: String?
    /// The element the article was taken from.
    public var container: String?
    /// Why the page has no article, when it has none.
    public var noArticle: String?
    /// Why the page could not be read, when it could not.
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case input, text, title, author, publisher, published, language, standfirst, evidence, container, error
        case canonicalURL = "canonical_url"
        case noArticle = "no_article"
    }
}

extension FetchTools {
    /// Reads each URL (fetched under `settings`, not archived) or file (HTML when it is named or looks so, else
    /// plain text) and returns what ingest would keep, in order.
    public static func pageText(_ inputs: [String], wholePage: Bool, settings: FetchSettings) async -> [PageTextResult]
    {
        // `read` archives nothing, so the archive folder is never written.
        let reader = ArticleFetcher(archiveDirectory: FileManager.default.temporaryDirectory, limits: settings.limits)
        var results: [PageTextResult] = []
        for input in inputs {
            do {
                let page = try await reader.read(input)
                let metadata = page.page.metadata
                results.append(
                    PageTextResult(
                        input: input,
                        text: page.text(wholePage: wholePage),
                        title: metadata.title,
                        author: metadata.author,
                        publisher: metadata.publisher,
                        published: metadata.published,
                        language: metadata.language,
                        canonicalURL: metadata.canonicalURL.flatMap { ArticleFetcher.isWebURL($0) ? $0 : nil },
                        standfirst: metadata.description,
                        evidence: wholePage ? "whole page" : page.article?.evidence.rawValue,
                        container: wholePage ? nil : page.article?.container,
                        noArticle: page.noArticle?.description
                    )
                )
            } catch {
                results.append(PageTextResult(input: input, error: error.description))
            }
        }
        return results
    }
}
