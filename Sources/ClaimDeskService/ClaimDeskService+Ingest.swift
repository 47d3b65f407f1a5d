import ClaimDeskExtraction
import ClaimDeskFetch
public import ClaimDeskModel
import ClaimDeskStore
public import ClaimDeskText
import Foundation

extension ClaimDeskService {
    /// How many files one ingest transaction stores at most (a savepoint each).
    static let ingestBatchSize = 200

    /// Ingests files, standard input and web pages, in order, and reports each.
    ///
    /// Files are read and extracted, then stored up to ``ingestBatchSize`` to a transaction with a savepoint per
    /// file, so a bad file is rolled back and reported alone. Extraction runs on every core, and the next batch is
    /// extracted while the current one is stored. Bytes and URLs are stored one transaction each. A URL
    /// is fetched, archived (WARC under `Claims/archive/`), its article text and metadata extracted, and stored
    /// with its capture in one transaction; a fetch that fails records nothing. When the URL was ingested
    /// before and its text changed, the new document is linked to the previous version, whose claims are
    /// re-anchored in the new text.
    ///
    /// - Parameters:
    ///   - inputs: what to ingest.
    ///   - metadata: what the user says about the documents (overrides what a page declares).
    ///   - fetch: limits for URL inputs.
    ///   - read: limits for file inputs (size, symbolic links).
    /// - Returns: one item per input, in order.
    /// - Throws: ``ClaimDeskError`` when the store itself fails (a locked database); the items before it are
    ///   stored.
    public func ingest(
        _ inputs: [IngestInput],
        metadata: DocumentMetadata,
        fetch: FetchSettings = FetchSettings(),
        read: FileReader.Limits = FileReader.Limits()
    ) async throws(ClaimDeskError) -> [IngestItem] {
        var items: [IngestItem] = []
        var index = 0
        while index < inputs.count {
            var paths: [String] = []
            while index < inputs.count, case .file(let path) = inputs[index] {
                paths.append(path)
                index += 1
            }
            if !paths.isEmpty {
                items += try await ingestFiles(paths, metadata: metadata, limits: read)
                continue
            }
            let input = inputs[index]
            index += 1
            switch input {
            case .bytes(let bytes, let origin):
                await items.append(try ingestBytes(bytes, origin: origin, metadata: metadata))
            case .url(let url):
                items.append(try await ingestURL(url, metadata: metadata, fetch: fetch))
            case .file:
                break
            }
        }
        return items
    }

    private var ingestor: Ingestor { Ingestor(store: store, actor: actor, now: clock.now(), logger: logger) }

    /// Ingests a run of files in batches: while one batch is stored (one transaction), the next is read and
    /// extracted in parallel, so extraction and the single writer overlap.
    private func ingestFiles(
        _ paths: [String],
        metadata: DocumentMetadata,
        limits: FileReader.Limits
    ) async throws(ClaimDeskError) -> [IngestItem] {
        let batches = stride(from: 0, to: paths.count, by: Self.ingestBatchSize).map {
            Array(paths[$0..<min($0 + Self.ingestBatchSize, paths.count)])
        }
        var items: [IngestItem] = []
        // The batches' link lookups share what they read: common keys and recent claims are read once per run.
        let cache = LinkCache()
        var extracting: Task<(Ingestor, [Result<IngestRequest, ClaimDeskError>]), Never>?
        defer { extracting?.cancel() }
        for (number, batch) in batches.enumerated() {
            let (ingestor, prepared) =
                if let extracting {
                    await extracting.value
                } else {
                    await prepare(batch, metadata: metadata, limits: limits)
                }
            extracting = nil
            if number + 1 < batches.count {
                let next = batches[number + 1]
                extracting = Task { await prepare(next, metadata: metadata, limits: limits) }
            }
            let results = try await ingestor.ingest(prepared: prepared, paths: batch, cache: cache)
            items += zip(batch, results).map { path, result in
                IngestItem(origin: path, result: result, newVersion: nil)
            }
        }
        return items
    }

    private func prepare(
        _ paths: [String],
        metadata: DocumentMetadata,
        limits: FileReader.Limits
    ) async -> (Ingestor, [Result<IngestRequest, ClaimDeskError>]) {
        let ingestor = self.ingestor
        return (ingestor, await ingestor.prepare(paths: paths, metadata: metadata, limits: limits))
    }

    private func ingestBytes(
        _ bytes: [UInt8],
        origin: String,
        metadata: DocumentMetadata
    ) async throws(ClaimDeskError) -> IngestItem {
        let request: IngestRequest
        do {
            request = try ingestor.request(bytes: bytes, origin: origin, metadata: metadata)
        } catch {
            return IngestItem(origin: origin, result: .failure(.badInput(error, subject: origin)), newVersion: nil)
        }
        return await IngestItem(origin: origin, result: .success(try store.ingest(request)), newVersion: nil)
    }

    private func ingestURL(
        _ url: String,
        metadata: DocumentMetadata,
        fetch: FetchSettings
    ) async throws(ClaimDeskError) -> IngestItem {
        let fetcher = ArticleFetcher(
            archiveDirectory: URL(fileURLWithPath: workspace.archiveDirectory),
            limits: fetch.limits,
            fetcher: makeFetcher()
        )
        let article: FetchedArticle
        do {
            article = try await fetcher.fetch(url, wholePage: fetch.wholePage)
        } catch {
            let failure = ClaimDeskError(.fetchFailed, error.description, subject: url, cause: error)
            return IngestItem(origin: url, result: .failure(failure), newVersion: nil)
        }
        var capture = article.capture
        if let fixed = clock.fixedTime { capture.fetchedAt = fixed }
        let previous = try await store.latestDocument(origin: url)
        var request: IngestRequest
        do {
            request = try ingestor.request(
                bytes: Array(article.text.utf8),
                origin: url,
                metadata: article.metadata.documentMetadata(overriding: metadata, finalURL: capture.finalUrl),
                previousVersionId: previous?.id
            )
        } catch {
            return IngestItem(origin: url, result: .failure(.badInput(error, subject: url)), newVersion: nil)
        }
        // The provenance is of the bytes received (the capture's payload), not of the text extracted from them.
        if let payload = capture.sha256 { request.document.sha256 = payload }
        if let size = capture.size { request.document.size = size }
        request.capture = capture
        let outcome = try await store.ingest(request)
        guard outcome.isNew, let previous, let previousId = previous.id else {
            return IngestItem(origin: url, result: .success(outcome), newVersion: nil)
        }
        let old = try await store.documentDetail(id: previousId)
        let spans = old.claims.flatMap { detail in
            detail.occurrences.filter { $0.documentId == previousId }.map { occurrence in
                (claimId: occurrence.claimId, span: occurrence.span)
            }
        }
        return IngestItem(
            origin: url,
            result: .success(outcome),
            newVersion: (previousId, Reanchor.reanchor(spans, in: outcome.document.text))
        )
    }
}
