import Foundation
import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskStore
@testable import ClaimDeskReport

/// A database written before ledger format 2 upgrades in place: its events keep their hashes, its documents
/// keep their file names, and it audits clean.
@Suite struct LedgerHeadMigrationTests {
    @Test func formatOneDatabaseUpgradesAndAuditsClean() async throws {
        // Given a database at the schema before v4-ledger-head, with a document and its ingest event
        let queue = try DatabaseQueue()
        try ClaimStore.migrator.migrate(queue, upTo: "v2-merged-index")
        let event = EventChain.chain(
            Event(
                documentId: 1,
                at: Factories.now,
                actor: "old",
                action: .ingest,
                toValue: String(repeating: "b", count: 64),
                evidence: "notes.txt"
            ),
            after: nil
        )
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO document (id, sha256, origin, title, lang, size, ingestedAt, toolVersion, text)
                    VALUES (1, ?, 'notes.txt', 'Notes', 'fr', 5, ?, '0.1.0', 'Notes')
                    """,
                arguments: [String(repeating: "b", count: 64), Factories.now]
            )
            try db.execute(
                sql: """
                    INSERT INTO event (documentId, at, actor, action, toValue, evidence, isOverride, prevHash, hash)
                    VALUES (1, ?, 'old', 'ingest', ?, 'notes.txt', 0, ?, ?)
                    """,
                arguments: [Factories.now, event.toValue, event.prevHash, event.hash]
            )
        }
        // When the store opens it
        let store = try ClaimStore(queue)
        // Then the document got the slug it had, the head is where the events end, and the audit passes
        let document = try #require(try await store.documents().first)
        #expect(document.slug == "notes")
        let head = try await store.storedHead()
        #expect(head.count == 1 && head.hash == event.hash)
        let audit = try await store.audit()
        #expect(audit.passed, "\(audit.checks)")
        // And a later ingest is recorded with its record and proves with the old event
        try await Factories.ingest("Le budget a atteint 12 milliards d'euros en 2024.", into: store, lang: .fr)
        #expect(try await store.audit().passed)
        let events = try await store.allEvents()
        #expect(events.first?.hash == event.hash)
        #expect(events.dropFirst().allSatisfy { $0.record != nil })
    }
}
