import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskService
@testable import ClaimDeskStore
@testable import ClaimDeskText

/// Bulk file ingest: extraction in parallel, results in input order, batches stored one after another.
@Suite struct IngestPipelineTests {
    /// Writes `count` small articles into a new folder; returns the folder and the paths, in order.
    static func articles(_ count: Int) throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let paths = try (0..<count).map { index in
            let url = folder.appendingPathComponent(String(format: "a%04d.txt", index))
            try Data("Le budget a atteint \(index + 1) millions d'euros en 2024, selon le rapport.\n".utf8).write(to: url)
            return url.path
        }
        return (folder, paths)
    }

    @Test func parallelExtractionKeepsInputOrder() async throws {
        // Given five articles and a missing file in the middle
        let (folder, written) = try Self.articles(5)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = Array(written[0..<2]) + [folder.appendingPathComponent("missing.txt").path] + Array(written[2...])
        let ingestor = Ingestor(store: try Factories.store(), actor: "tester", now: Factories.now)
        // When they are prepared three at a time
        let prepared = await ingestor.prepare(paths: paths, metadata: DocumentMetadata(), width: 3)
        // Then each result is the one of its own path, in input order, and the missing file fails in place
        #expect(prepared.count == paths.count)
        for (path, result) in zip(paths, prepared) {
            switch result {
            case .success(let request): #expect(request.document.origin == path)
            case .failure(let error): #expect(path.hasSuffix("missing.txt"), "\(error)")
            }
        }
        #expect(prepared.filter { (try? $0.get()) == nil }.count == 1)
        // And the same as extracting one at a time
        let serial = await ingestor.prepare(paths: paths, metadata: DocumentMetadata(), width: 1)
        #expect(prepared.map { try? $0.get().claims } == serial.map { try? $0.get().claims })
    }

    @Test func batchesAreStoredInInputOrder() async throws {
        // Given more files than one ingest transaction holds
        let count = ClaimDeskService.ingestBatchSize + 5
        let (folder, paths) = try Self.articles(count)
        defer { try? FileManager.default.removeItem(at: folder) }
        var workspace = Workspace(databasePath: folder.appendingPathComponent("claimdesk.sqlite").path)
        workspace.signingKeyHex = String(repeating: "5a", count: 32)
        let service = try ClaimDeskService.create(workspace, actor: "tester", clock: .fixed(Factories.now)).service
        // When they are ingested in one command
        let items = try await service.ingest(paths.map { .file(path: $0) }, metadata: DocumentMetadata())
        // Then every file is stored, in input order, as one unbroken history
        #expect(items.map(\.origin) == paths)
        let ids = try items.map { try #require(try $0.result.get().document.id) }
        #expect(ids == Array(1...Int64(count)))
        let documents = try await service.store.documents()
        #expect(documents.map(\.origin) == paths)
        await #expect(try service.store.verifyHistory() == (try service.store.allEvents().count))
    }
}
