import ClaimDeskKit
import Foundation

extension ClaimDesk.Ingest {
    /// Fetches an article, archives it, records its capture and ingests its text with the URL and capture as
    /// provenance.
    func ingestURL(
        _ url: String,
        store: ClaimStore,
        ingestor: Ingestor,
        metadata: DocumentMetadata
    ) async throws -> IngestOutcome {
        let fetcher = ArticleFetcher(archiveDirectory: URL(fileURLWithPath: options.workspace.archiveDirectory))
        let article = try await fetcher.fetch(url)
        var capture = article.capture
        if ProcessInfo.processInfo.environment["CLAIMDESK_NOW"] != nil { capture.fetchedAt = options.now }
        let stored = try store.recordCaptures([capture], actor: reviewer.name)
        return try ingestor.ingest(
            bytes: Array(article.text.utf8),
            origin: url,
            metadata: article.metadata.documentMetadata(overriding: metadata, finalURL: capture.finalUrl),
            captureId: stored.first?.id
        )
    }
}
