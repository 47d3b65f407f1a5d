import ClaimDeskModel
import ClaimDeskText
import Foundation

extension ArticleFetcher {
    /// Reads the article of a URL (fetched, not archived) or of a file, storing nothing: what `ingest` would keep.
    ///
    /// A file is HTML when its name ends in `.html`, `.htm` or `.xhtml` or its start looks like HTML; otherwise it
    /// is plain text.
    ///
    /// - Parameter argument: an http(s) URL or a file path.
    /// - Returns: the page's whole text, metadata and article.
    /// - Throws: ``ArticleFetchError`` when the fetch or the read fails, or the page is not text.
    public func read(_ argument: String) async throws(ArticleFetchError) -> ArticlePage {
        if Self.isWebURL(argument) { return try await download(argument).1 }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path: argument)
        } catch {
            throw ArticleFetchError(description: error.description)
        }
        let lower = argument.lowercased()
        let isHTML = [".html", ".htm", ".xhtml"].contains { lower.hasSuffix($0) }
        guard
            let page = HTMLText.articlePage(body: bytes, contentType: isHTML ? "text/html" : nil, charset: nil)
        else {
            throw ArticleFetchError(description: "\(argument) is not an HTML or text file")
        }
        return page
    }
}
