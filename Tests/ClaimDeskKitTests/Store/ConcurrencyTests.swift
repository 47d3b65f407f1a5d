import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

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
}
