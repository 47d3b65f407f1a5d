public import ClaimDeskModel
public import ClaimDeskStore
public import ClaimDeskText
import Foundation

extension Ingestor {
    /// Ingests many files: each is read and its claims extracted (in parallel), then the batch is stored in one
    /// transaction with a savepoint per file (``ClaimStore``'s batch ingest).
    ///
    /// - Returns: one result per path, in order: the outcome, or why that file was not ingested.
    /// - Throws: ``StoreError`` when the transaction itself fails (a locked database); nothing is written then.
    public func ingest(
        paths: [String],
        metadata: DocumentMetadata,
        limits: FileReader.Limits = FileReader.Limits()
    ) async throws(StoreError) -> [Result<IngestOutcome, ClaimDeskError>] {
        try await ingest(prepared: prepare(paths: paths, metadata: metadata, limits: limits), paths: paths)
    }

    /// Reads and extracts each file, a few at a time on separate cores; the store is not touched.
    ///
    /// Extraction is pure and per document, so it runs on up to `width` tasks at once (nil: the number of active
    /// cores); the results come back in input order.
    ///
    /// - Returns: one result per path, in order: the request to store, or why the file cannot be ingested.
    public func prepare(
        paths: [String],
        metadata: DocumentMetadata,
        limits: FileReader.Limits = FileReader.Limits(),
        width: Int? = nil
    ) async -> [Result<IngestRequest, ClaimDeskError>] {
        let width = width ?? ProcessInfo.processInfo.activeProcessorCount
        return await withTaskGroup(of: (Int, Result<IngestRequest, ClaimDeskError>).self) { group in
            var results = [Result<IngestRequest, ClaimDeskError>?](repeating: nil, count: paths.count)
            var next = 0
            func start() {
                guard next < paths.count else { return }
                let index = next
                next += 1
                group.addTask { (index, prepare(path: paths[index], metadata: metadata, limits: limits)) }
            }
            for _ in 0..<max(1, width) { start() }
            for await (index, result) in group {
                results[index] = result
                start()
            }
            return zip(paths, results).map { path, result in
                result ?? .failure(ClaimDeskError(.badInput, "\(path) was not read", subject: path))
            }
        }
    }

    /// Stores what ``prepare(paths:metadata:limits:width:)`` returned, in one transaction with a savepoint per file.
    ///
    /// - Parameter cache: the link lookups of the earlier batches of the same run (see ``LinkCache``).
    /// - Returns: one result per path, in order.
    /// - Throws: ``StoreError`` when the transaction itself fails (a locked database); nothing is written then.
    public func ingest(
        prepared: [Result<IngestRequest, ClaimDeskError>],
        paths: [String],
        cache: LinkCache = LinkCache()
    ) async throws(StoreError) -> [Result<IngestOutcome, ClaimDeskError>] {
        var requests: [(index: Int, request: IngestRequest)] = []
        for (index, result) in prepared.enumerated() {
            if case .success(let request) = result { requests.append((index, request)) }
        }
        var outcomes: [Int: Result<IngestOutcome, ClaimDeskError>] = [:]
        let stored = try await store.ingest(requests.map(\.request), cache: cache)
        for (entry, result) in zip(requests, stored) {
            if case .success(let outcome) = result { log(outcome) }
            outcomes[entry.index] = result
        }
        return prepared.indices.map { index in
            if let outcome = outcomes[index] { return outcome }
            if case .failure(let error) = prepared[index] { return .failure(error) }
            let path = index < paths.count ? paths[index] : "input \(index + 1)"
            return .failure(StoreError(.database, "\(path) was not processed"))
        }
    }

    private func prepare(
        path: String,
        metadata: DocumentMetadata,
        limits: FileReader.Limits
    ) -> Result<IngestRequest, ClaimDeskError> {
        do throws(IngestError) {
            return .success(
                try request(bytes: FileReader.read(path: path, limits: limits), origin: path, metadata: metadata)
            )
        } catch {
            return .failure(.badInput(error, subject: path))
        }
    }
}
