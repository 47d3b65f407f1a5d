import ClaimDeskKit
import Foundation

extension ClaimDesk.Ingest {
    /// Fetches an article, archives it, records its capture and ingests its text with the URL and capture as
    /// provenance. When the URL was ingested before and its text changed, the new document is linked to the
    /// previous version, and the previous version's claims are re-anchored in the new text.
    ///
    /// - Returns: the ingest outcome, and lines saying which old claims still anchor, moved or are gone.
    func ingestURL(
        _ url: String,
        store: ClaimStore,
        ingestor: Ingestor,
        metadata: DocumentMetadata
    ) async throws -> (IngestOutcome, [String]) {
        let fetcher = ArticleFetcher(archiveDirectory: URL(fileURLWithPath: options.workspace.archiveDirectory))
        let article = try await fetcher.fetch(url, wholePage: wholePage)
        var capture = article.capture
        if ProcessInfo.processInfo.environment["CLAIMDESK_NOW"] != nil { capture.fetchedAt = options.now }
        let stored = try store.recordCaptures([capture], actor: reviewer.name)
        let previous = try store.documents().filter { $0.origin == url }.max { ($0.id ?? 0) < ($1.id ?? 0) }
        let outcome = try ingestor.ingest(
            bytes: Array(article.text.utf8),
            origin: url,
            metadata: article.metadata.documentMetadata(overriding: metadata, finalURL: capture.finalUrl),
            captureId: stored.first?.id,
            previousVersionId: previous?.id
        )
        guard outcome.isNew, let previous, let previousId = previous.id else { return (outcome, []) }
        let old = try store.documentDetail(id: previousId)
        let spans = old.claims.flatMap { detail in
            detail.occurrences.filter { $0.documentId == previousId }.map { occurrence in
                (
                    claimId: occurrence.claimId,
                    span: TextSpan(
                        start: occurrence.start,
                        end: occurrence.end,
                        exact: occurrence.exact,
                        prefix: occurrence.prefix,
                        suffix: occurrence.suffix
                    )
                )
            }
        }
        return (
            outcome, Self.versionReport(Reanchor.reanchor(spans, in: outcome.document.text), previousId: previousId)
        )
    }

    static func versionReport(_ results: [ReanchorResult], previousId: Int64) -> [String] {
        let count = { (kind: ReanchorResult.Kind) in results.filter { $0.kind == kind }.count }
        var lines = [
            "  new version of \(PublicID.format(previousId, as: .document)): \(count(.anchored)) claims still anchor, "
                + "\(count(.moved)) moved, \(count(.gone)) gone"
        ]
        for result in results where result.kind != .anchored || result.edited {
            let claim = PublicID.format(result.claimId, as: .claim)
            let quote = TextTable.truncate(result.new?.exact ?? result.old.exact, to: 70)
            switch result.kind {
            case .gone: lines.append("  \(claim) gone: \(quote)")
            case .moved, .anchored:
                let place = result.kind == .moved ? "moved \(result.old.start) → \(result.new?.start ?? 0)" : "in place"
                lines.append("  \(claim) \(place)\(result.edited ? ", edited" : ""): \(quote)")
            }
        }
        return lines
    }
}
