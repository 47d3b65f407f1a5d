import Foundation
import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskService
@testable import ClaimDeskStore

@Suite struct ConnectionSettingsTests {
    /// A database file of its own, removed with its WAL files when `body` returns.
    private func withDatabaseFile(_ body: (String) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cd-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        try await body(path)
    }

    @Test func theWriterKeepsRollbackCopiesInMemoryAndReadersAreUntouched() async throws {
        try await withDatabaseFile { path in
            // Given a workspace opened for writing
            let store = try ClaimStore.open(path: path)
            // Then its writer keeps temporary data in memory (2) and syncs at NORMAL (1), in WAL mode
            let writer = try await store.writer.write { db in
                (
                    try Int.fetchOne(db, sql: "PRAGMA temp_store"),
                    try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                    try String.fetchOne(db, sql: "PRAGMA journal_mode")
                )
            }
            #expect(writer.0 == 2)
            #expect(writer.1 == 1)
            #expect(writer.2 == "wal")
            // And a read-only connection keeps SQLite's defaults (it never writes temporary rollback data)
            let reader = try ClaimStore.open(path: path, access: .readOnly)
            let readerTempStore = try await reader.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }
            #expect(readerTempStore == 0)
        }
    }

    @Test func aFailingDocumentOfABatchRollsBackAloneInAFileWorkspace() async throws {
        try await withDatabaseFile { path in
            // Given a file workspace holding one document, and a batch whose middle document is broken
            let store = try ClaimStore.open(path: path)
            let ingestor = Ingestor(store: store, actor: "tester", now: Factories.now)
            try await Factories.ingest(Factories.article, into: store)
            let before = try await store.allEvents().count
            let batch = try Factories.batchWithABrokenMiddle(ingestor)
            // When the batch is stored (each document in a savepoint whose rollback copies are in memory)
            let results = try await store.ingest(batch)
            // Then only the broken one is missing, after a reopen too, and the history chain is intact
            #expect((try? results[1].get()) == nil)
            let reopened = try ClaimStore.open(path: path, access: .readOnly)
            let origins = try await reopened.documents().map(\.origin)
            #expect(origins.count == 3)
            #expect(origins.contains("a") && origins.contains("c") && !origins.contains("b"))
            let events = try await reopened.allEvents()
            #expect(events.count > before)
            #expect(!events.contains { $0.evidence == "b" })
            await #expect(try reopened.verifyHistory() == events.count)
        }
    }
}
