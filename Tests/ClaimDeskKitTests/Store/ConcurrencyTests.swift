import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService
import GRDB

@Suite struct ConcurrencyTests {
    @Test func twoConnectionsWritingAtOnceLoseNothing() async throws {
        // Given one database file opened by two independent connections (as two processes would)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cd-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let first = try ClaimStore.open(path: path)
        try await Factories.ingest(Factories.article, into: first)
        let second = try ClaimStore.open(path: path)
        let claims = try await first.claims().compactMap(\.claim.id)
        try #require(claims.count >= 2)
        // When both add 40 sources each at the same time
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in [first, second].enumerated() {
                group.addTask {
                    for round in 0..<40 {
                        try await store.addSource(
                            SourceDraft(
                                claimId: claims[index],
                                url: "https://w\(index).example/\(round)",
                                stance: .context
                            ),
                            context: Factories.context("writer\(index)")
                        )
                    }
                }
            }
            try await group.waitForAll()
        }
        // Then every write landed and the chain is intact
        await #expect(try first.sources(claimIds: nil).count == 80)
        await #expect(try second.verifyHistory() == first.allEvents().count)
    }

    @Test func aReadOnlyStoreReadsWhileAnotherConnectionHoldsAWrite() async throws {
        // Given a workspace file with claims, and a second connection that holds a write transaction open
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cd-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let writer = try ClaimStore.open(path: path)
        try await Factories.ingest(Factories.article, into: writer)
        let holding = ManagedFlag()
        let released = ManagedFlag()
        let hold = Task.detached {
            try await writer.writer.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "UPDATE claim SET score = score")
                holding.set()
                while !released.isSet { Thread.sleep(forTimeInterval: 0.01) }
                try db.execute(sql: "COMMIT")
            }
        }
        while !holding.isSet { try await Task.sleep(for: .milliseconds(10)) }
        // When a read-only store reads during that write
        let reader = try ClaimStore.open(path: path, busyTimeout: 30, access: .readOnly)
        let claims = try await reader.claims()
        // Then it read the committed state without waiting for the writer (which is still holding its lock)
        #expect(!released.isSet)
        #expect(!claims.isEmpty)
        // And it cannot write
        await #expect(throws: StoreError.self) { try await reader.setSetting("x", to: "y") }
        released.set()
        try await hold.value
    }
}

/// A flag shared between a test and a blocking database closure.
final class ManagedFlag: @unchecked Sendable {
    // @unchecked Sendable: `value` is only read and written under `lock`.
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
