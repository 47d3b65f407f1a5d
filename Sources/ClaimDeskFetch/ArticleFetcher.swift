public import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// An article fetched for ingest: its text and metadata, the capture and where the archive holds it.
public struct FetchedArticle: Sendable, Hashable {
    /// The article text (normalised; paragraphs separated by a blank line).
    public var text: String
    /// Title, author, publisher, date and language the page declares.
    public var metadata: ArticleMetadata
    /// The capture record (not yet stored), pointing at the WARC record.
    public var capture: Capture
}

/// Why an article could not be fetched for ingest; carries the capture of the failed fetch when there was one.
public struct ArticleFetchError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String
    /// The fetch's capture (error, status), for the record.
    public var capture: Capture?
}

/// Fetches an article from a URL for `ingest URL`: fetch, archive (WARC), extract text and metadata.
public struct ArticleFetcher: Sendable {
    /// The folder WARC files are written to.
    public var archiveDirectory: URL
    /// Bounds on the fetch.
    public var limits: FetchLimits
    /// The fetcher.
    public var fetcher: any Fetcher

    /// Creates an article fetcher.
    public init(archiveDirectory: URL, limits: FetchLimits = FetchLimits(), fetcher: any Fetcher = CurlFetcher()) {
        self.archiveDirectory = archiveDirectory
        self.limits = limits
        self.fetcher = fetcher
    }

    /// Fetches, archives and extracts the article at `url`.
    ///
    /// - Parameters:
    ///   - url: the page.
    ///   - wholePage: keep all of the page's visible text rather than its article alone (see ``MainContent``).
    /// - Throws: ``ArticleFetchError`` when the fetch fails, the status is not 2xx, the page is not text, holds no
    ///   article (unless `wholePage`) or no text, or the archive cannot be written.
    public func fetch(_ url: String, wholePage: Bool = false) async throws(ArticleFetchError) -> FetchedArticle {
        let (result, page) = try await download(url)
        guard let text = page.text(wholePage: wholePage), text.contains(where: { !$0.isWhitespace }) else {
            let reason =
                wholePage || page.page.text.allSatisfy(\.isWhitespace)
                ? "\(url) holds no article text"
                : "\(url) holds no article (\(page.noArticle?.description ?? "none found"): a home page, a list or "
                    + "search results?); use --whole-page to keep all of its text"
            throw ArticleFetchError(description: reason, capture: Capture(result))
        }
        let location: WARCLocation?
        do {
            let writer = try WARCWriter(directory: archiveDirectory)
            location = try writer.write(result)
            writer.close()
        } catch {
            throw ArticleFetchError(description: "cannot archive \(url): \(error)", capture: Capture(result))
        }
        return FetchedArticle(
            text: text,
            metadata: page.page.metadata,
            capture: Capture(result, warc: location, charset: page.page.charset)
        )
    }

    /// Fetches `url` and reads its article, archiving nothing.
    ///
    /// - Throws: ``ArticleFetchError`` when the fetch fails, the status is not 2xx or the page is not text.
    func download(_ url: String) async throws(ArticleFetchError) -> (FetchResult, ArticlePage) {
        let result = await fetcher.fetch(FetchRequest(url: url, limits: limits))
        guard result.succeeded, let status = result.status else {
            throw ArticleFetchError(
                description: "cannot fetch \(url): \(result.failure?.description ?? "no response")",
                capture: Capture(result)
            )
        }
        guard (200...299).contains(status) else {
            throw ArticleFetchError(description: "\(url) answered HTTP \(status)", capture: Capture(result))
        }
        guard
            let page = HTMLText.articlePage(body: result.body, contentType: result.contentType, charset: result.charset)
        else {
            throw ArticleFetchError(
                description: "\(url) is \(result.contentType ?? "not text"), not an HTML or text page",
                capture: Capture(result)
            )
        }
        return (result, page)
    }
}

extension ArticleFetcher {
    /// Whether `argument` is an http or https URL (what `ingest` fetches rather than reads from disk).
    public static func isWebURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

extension ArticleMetadata {
    /// The ingest metadata: what the user gave wins, then what the page declares; the URL falls back to the
    /// canonical URL (when it is http or https: a page cannot declare a `javascript:` canonical), then the final
    /// URL fetched.
    public func documentMetadata(overriding given: DocumentMetadata, finalURL: String?) -> DocumentMetadata {
        let pageLanguage = language.flatMap { tag in
            Language(rawValue: String(tag.lowercased().prefix { $0.isLetter }))
        }
        return DocumentMetadata(
            lang: given.lang ?? pageLanguage,
            title: given.title ?? title,
            url: given.url ?? canonicalURL.flatMap { ArticleFetcher.isWebURL($0) ? $0 : nil } ?? finalURL,
            published: given.published ?? published,
            publisher: given.publisher ?? publisher,
            author: given.author ?? author
        )
    }
}
