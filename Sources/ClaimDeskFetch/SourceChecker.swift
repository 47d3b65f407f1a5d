public import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// Checks sources: fetches them concurrently, archives each response as WARC, reads the page as text, looks for
/// the excerpt, and compares with the previous capture.
///
/// Sources sharing a URL are fetched once. Each response is archived, read and matched as soon as it arrives and
/// its body then dropped, so memory is bounded by `concurrency × limits.maxBytes`, not by the number of sources.
/// Nothing is stored: the caller records the captures (one transaction).
public struct SourceChecker: Sendable {
    /// The folder WARC files are written to (the workspace's `Claims/archive/`).
    public var archiveDirectory: URL
    /// Bounds on each fetch.
    public var limits: FetchLimits
    /// How many fetches run at once.
    public var concurrency: Int
    /// Makes one fetcher per worker.
    public var makeFetcher: @Sendable () -> any Fetcher

    /// Creates a checker; by default every worker gets its own ``CurlFetcher``.
    public init(
        archiveDirectory: URL,
        limits: FetchLimits = FetchLimits(),
        concurrency: Int = 16,
        makeFetcher: @escaping @Sendable () -> any Fetcher = { CurlFetcher() }
    ) {
        self.archiveDirectory = archiveDirectory
        self.limits = limits
        self.concurrency = concurrency
        self.makeFetcher = makeFetcher
    }

    /// Checks `sources`.
    ///
    /// - Parameters:
    ///   - sources: the sources; each must have an id.
    ///   - previous: the latest earlier capture of each source, by source id, for the link-rot comparison.
    ///   - progress: called after each fetch with the number of URLs done and the total.
    /// - Returns: one check per source, in the order of `sources`.
    /// - Throws: ``WARCError`` when the archive cannot be written.
    public func check(
        _ sources: [Source],
        previous: [Int64: Capture] = [:],
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async throws(WARCError) -> [SourceCheck] {
        var urls: [String] = []
        var excerpts: [String: Set<String>] = [:]
        for source in sources {
            if excerpts[source.url] == nil { urls.append(source.url) }
            var set = excerpts[source.url] ?? []
            if let excerpt = source.excerpt, !excerpt.trimmingWhitespace().isEmpty { set.insert(excerpt) }
            excerpts[source.url] = set
        }
        let archive = SharedWARCWriter(directory: archiveDirectory)
        let wanted = excerpts
        // Each result is archived, read and matched on its worker, then its body is dropped: memory stays bounded
        // by the number of workers, not the number of sources.
        let fetched = await FetchPool.map(
            urls.map { FetchRequest(url: $0, limits: limits) },
            concurrency: concurrency,
            makeFetcher: makeFetcher,
            progress: progress
        ) { _, result in
            let location = archive.write(result)
            let page =
                result.succeeded
                ? HTMLText.pageText(body: result.body, contentType: result.contentType, charset: result.charset) : nil
            var matches: [String: ExcerptMatch] = [:]
            for excerpt in wanted[result.requestedURL] ?? [] {
                matches[excerpt] =
                    page.map { ExcerptMatcher.match(excerpt: excerpt, in: $0.text) } ?? ExcerptMatch(kind: .absent)
            }
            return (Capture(result, warc: location, charset: page?.charset), matches)
        }
        try archive.finish()
        let byURL = Dictionary(zip(urls, fetched), uniquingKeysWith: { first, _ in first })
        return sources.compactMap { source in
            guard let (base, matches) = byURL[source.url] else { return nil }
            var capture = base
            capture.sourceId = source.id
            if let excerpt = source.excerpt, let match = matches[excerpt] {
                capture.excerptFound = match.kind
                capture.excerptScore = match.score
            }
            let before = source.id.flatMap { previous[$0] }
            return SourceCheck(
                source: source,
                capture: capture,
                linkRot: LinkRot.compare(previous: before, current: capture)
            )
        }
    }
}
