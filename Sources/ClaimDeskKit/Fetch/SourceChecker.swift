public import Foundation

/// The outcome of checking one source.
public struct SourceCheck: Sendable, Hashable {
    /// The source checked.
    public var source: Source
    /// The new capture (not yet stored: no id).
    public var capture: Capture
    /// Signs of rot against the source's previous capture.
    public var linkRot: [LinkRotSignal]

    /// Creates a check.
    public init(source: Source, capture: Capture, linkRot: [LinkRotSignal]) {
        self.source = source
        self.capture = capture
        self.linkRot = linkRot
    }
}

/// Checks sources: fetches them concurrently, archives each response as WARC, reads the page as text, looks for
/// the excerpt, and compares with the previous capture.
///
/// Sources sharing a URL are fetched once. Nothing is stored: the caller records the captures (one transaction).
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
        var seen: Set<String> = []
        for source in sources where seen.insert(source.url).inserted { urls.append(source.url) }
        let requests = urls.map { FetchRequest(url: $0, limits: limits) }
        let results = await FetchPool.fetchAll(
            requests,
            concurrency: concurrency,
            makeFetcher: makeFetcher,
            progress: progress
        )
        var writer: WARCWriter?
        var fetched: [String: (result: FetchResult, warc: WARCLocation?, page: PageText?)] = [:]
        for result in results {
            var location: WARCLocation?
            if result.succeeded {
                if writer == nil { writer = try WARCWriter(directory: archiveDirectory) }
                location = try writer?.write(result)
            }
            let page =
                result.succeeded
                ? HTMLText.pageText(body: result.body, contentType: result.contentType, charset: result.charset) : nil
            fetched[result.requestedURL] = (result, location, page)
        }
        writer?.close()
        return sources.compactMap { source in
            guard let (result, location, page) = fetched[source.url] else { return nil }
            var excerpt: ExcerptMatch?
            if let text = source.excerpt, !text.trimmingWhitespace().isEmpty {
                excerpt = page.map { ExcerptMatcher.match(excerpt: text, in: $0.text) } ?? ExcerptMatch(kind: .absent)
            }
            let capture = Capture(result, sourceId: source.id, warc: location, charset: page?.charset, excerpt: excerpt)
            let before = source.id.flatMap { previous[$0] }
            return SourceCheck(
                source: source,
                capture: capture,
                linkRot: LinkRot.compare(previous: before, current: capture)
            )
        }
    }
}
