public import ClaimDeskModel
import ClaimDeskFetch
import ClaimDeskStore
import Foundation

/// A source's captures, oldest first, each with the link rot since the one before.
public struct CaptureHistory: Sendable, Hashable {
    /// The source.
    public var source: Source
    /// Its captures with the rot each shows against the previous one.
    public var captures: [(capture: Capture, linkRot: [LinkRotSignal])]

    public static func == (a: CaptureHistory, b: CaptureHistory) -> Bool {
        a.source == b.source && a.captures.elementsEqual(b.captures) { $0.capture == $1.capture && $0.linkRot == $1.linkRot }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        for entry in captures {
            hasher.combine(entry.capture)
            hasher.combine(entry.linkRot)
        }
    }
}

extension ClaimDeskService {
    /// Attaches evidence to a claim (http(s) URLs only, stored normalised with the original kept).
    ///
    /// A URL whose host is a literal non-public address (or `localhost`) is refused unless
    /// `allowPrivateNetwork`; host names are judged by the fetcher when they resolve.
    ///
    /// - Throws: ``ClaimDeskError``: `.notFound` for an unknown claim; `.refused` for a malformed URL, a
    ///   private-network URL, or a duplicate.
    public func addSource(_ draft: SourceDraft, allowPrivateNetwork: Bool = false) async throws(ClaimDeskError)
        -> SourceDetail
    {
        if !allowPrivateNetwork, let host = URLNormalizer.host(of: draft.url),
            let reason = AddressPolicy.blockReason(host: host)
        {
            throw ClaimDeskError(
                .refused,
                AddressPolicy.refusal(url: draft.url, address: host, reason: reason),
                subject: draft.url
            )
        }
        return SourceDetail(source: try await store.addSource(draft, context: context))
    }

    /// Removes a source from its claim (recorded with a `source_remove` event, never deleted).
    public func removeSource(_ sourceId: Int64, note: String) async throws(ClaimDeskError) -> SourceDetail {
        let removed = try await store.removeSource(sourceId, note: note, context: context)
        return await SourceDetail(source: removed, captures: try store.captures(sourceId: sourceId))
    }

    /// The sources of one claim, or of every claim, with their captures.
    public func sources(claimId: Int64?, includeRemoved: Bool) async throws(ClaimDeskError) -> [SourceDetail] {
        let details: [ClaimDetail]
        if let claimId { details = await [try store.claimDetail(id: claimId)] } else { details = try await store.claims() }
        return details.flatMap(\.sources).filter { includeRemoved || !$0.source.removed }
    }

    /// A source's captures with the link rot between them.
    public func captureHistory(sourceId: Int64) async throws(ClaimDeskError) -> CaptureHistory {
        let source = try await store.source(id: sourceId)
        let captures = try await store.captures(sourceId: sourceId)
        return CaptureHistory(
            source: source,
            captures: zip(captures, LinkRot.history(captures)).map { (capture: $0, linkRot: $1) }
        )
    }

    /// Fetches the active sources of `claimIds` (all claims when nil) concurrently, archives each response as
    /// WARC, looks for each excerpt, compares with the previous capture, and records every capture in one
    /// transaction.
    ///
    /// - Parameters:
    ///   - claimIds: the claims whose sources to check, or nil for all.
    ///   - settings: concurrency and limits.
    ///   - progress: called after each fetch with how many URLs are done and the total.
    /// - Returns: one check per source, with the stored capture.
    public func checkSources(
        claimIds: [Int64]?,
        settings: FetchSettings = FetchSettings(),
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async throws(ClaimDeskError) -> [SourceCheck] {
        let sources = try await store.sources(claimIds: claimIds)
        guard !sources.isEmpty else { return [] }
        let previous = try await store.latestCaptures(sourceIds: sources.compactMap(\.id))
        let checker = SourceChecker(
            archiveDirectory: URL(fileURLWithPath: workspace.archiveDirectory),
            limits: settings.limits,
            concurrency: settings.concurrency,
            makeFetcher: makeFetcher
        )
        var checks: [SourceCheck]
        do {
            checks = try await checker.check(sources, previous: previous, progress: progress)
        } catch {
            throw ClaimDeskError(.database, "cannot write the archive: \(error)", cause: error)
        }
        if let fixed = clock.fixedTime {
            for index in checks.indices { checks[index].capture.fetchedAt = fixed }
        }
        let stored = try await store.recordCaptures(checks.map(\.capture), actor: actor)
        for (index, capture) in stored.enumerated() { checks[index].capture = capture }
        return checks
    }
}
