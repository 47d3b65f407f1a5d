import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct HistoryTests {
    func reviewedStore() async throws -> (ClaimStore, Int64) {
        let store = try Factories.store()
        try await Factories.ingest(Factories.article, into: store)
        let claim = try await #require(try store.claims().first?.claim.id)
        try await store.addSource(
            SourceDraft(claimId: claim, url: "https://a.example/", stance: .supports),
            context: Factories.context()
        )
        try await store.setStatus(of: claim, to: .verified, note: "ok", context: Factories.context())
        return (store, claim)
    }

    @Test func cleanHistoryVerifies() async throws {
        let (store, _) = try await reviewedStore()
        let events = try await store.allEvents()
        await #expect(try store.verifyHistory() == events.count)
        #expect(events.first?.prevHash == EventChain.genesis)
        for (previous, event) in zip(events, events.dropFirst()) {
            #expect(event.prevHash == previous.hash)
        }
    }

    @Test func databaseRefusesUpdateAndDelete() async throws {
        let (store, _) = try await reviewedStore()
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in try db.execute(sql: "UPDATE event SET note = 'rewritten'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in try db.execute(sql: "DELETE FROM event WHERE id = 1") }
        }
        await #expect(try store.verifyHistory() > 0)
    }

    @Test func editedEventIsDetected() async throws {
        // Given a history edited behind ClaimDesk's back (trigger dropped, as a determined user could)
        let (store, _) = try await reviewedStore()
        try await store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER event_no_update")
            try db.execute(sql: "UPDATE event SET actor = 'mallory' WHERE action = 'status'")
        }
        // Then audit names the edited event
        let error = try await #require(throws: StoreError.self) { try await store.verifyHistory() }
        #expect(error.code == .tampered)
        #expect(error.message.contains("edited"))
    }

    @Test func deletedOrReorderedEventIsDetected() async throws {
        let (store, _) = try await reviewedStore()
        try await store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER event_no_delete")
            try db.execute(sql: "DELETE FROM event WHERE id = 2")
        }
        let deleted = try await #require(throws: StoreError.self) { try await store.verifyHistory() }
        #expect(deleted.message.contains("deleted, inserted or reordered"))

        let (other, _) = try await reviewedStore()
        try await other.writer.write { db in
            try db.execute(sql: "DROP TRIGGER event_no_update")
            // Swap two events' contents by swapping ids through a free id.
            try db.execute(sql: "UPDATE event SET id = 1000 WHERE id = 1")
            try db.execute(sql: "UPDATE event SET id = 1 WHERE id = 2")
            try db.execute(sql: "UPDATE event SET id = 2 WHERE id = 1000")
        }
        await #expect(throws: StoreError.self) { try await other.verifyHistory() }
    }

    @Test func canonicalFormIsStable() async {
        let event = Event(
            claimId: 3,
            at: "2026-03-10T09:00:00Z",
            actor: "a\"b",
            action: .status,
            note: "ligne\nsuivante"
        )
        #expect(
            EventChain.canonical(event)
                == #"{"action":"status","actor":"a\"b","at":"2026-03-10T09:00:00Z","claimId":3,"documentId":null,"evidence":null,"field":null,"fromValue":null,"isOverride":false,"note":"ligne\nsuivante","prevHash":"","sourceId":null,"toValue":null}"#
        )
    }
}
