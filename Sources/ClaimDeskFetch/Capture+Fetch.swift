public import ClaimDeskModel
import ClaimDeskText
extension Capture {
    /// The capture record of a fetch: status, redirect chain, type, size, hash and timings, or the classified error.
    ///
    /// - Parameters:
    ///   - result: the fetch.
    ///   - sourceId: the source fetched, if any.
    ///   - warc: where the WARC response record is, for an archived fetch.
    ///   - charset: the charset actually used to read the page (header, else the document's own); defaults to
    ///     the header's.
    ///   - excerpt: whether the source's excerpt is on the page; nil without an excerpt.
    public init(
        _ result: FetchResult,
        sourceId: Int64? = nil,
        warc: WARCLocation? = nil,
        charset: String? = nil,
        excerpt: ExcerptMatch? = nil
    ) {
        self.init(
            sourceId: sourceId,
            requestedUrl: result.requestedURL,
            fetchedAt: UTCTime.iso8601(result.startedAt),
            httpStatus: result.status,
            redirects: result.redirectChain,
            finalUrl: result.finalURL,
            contentType: result.succeeded ? result.contentType : nil,
            charset: result.succeeded ? (charset ?? result.charset) : nil,
            size: result.succeeded ? result.body.count : nil,
            sha256: result.succeeded ? result.payloadSHA256 : nil,
            seconds: result.timings.total,
            error: result.failure?.kind.rawValue,
            errorDetail: result.failure?.detail,
            warcFile: warc?.file,
            warcOffset: warc?.offset,
            excerptFound: excerpt?.kind,
            excerptScore: excerpt?.score
        )
    }
}
