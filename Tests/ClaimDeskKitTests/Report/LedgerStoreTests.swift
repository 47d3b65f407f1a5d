import Foundation
import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct LedgerStoreTests {
    /// A store with two documents and a review session: sources, a capture, verdicts, an override, a merge,
    /// a document-less capture and settings.
    static func reviewedStore() async throws -> ClaimStore {
        let store = try Factories.store()
        try await store.setSetting("organisation.name", to: "Desk")
        try await Factories.ingest(Factories.article, into: store, lang: .fr, published: "2026-03-09")
        try await Factories.ingest(
            "Le gouvernement a dépensé 3,2 milliards d'euros en 2023.\n\nUne autre phrase avec 12 %.",
            into: store,
            lang: .fr
        )
        let claims = try await store.claims()
        let first = try #require(claims.first?.claim.id)
        let context = Factories.context("alice")
        let source = try await store.addSource(
            SourceDraft(
                claimId: first,
                url: "https://example.org/rapport",
                stance: .supports,
                excerpt: "3,2 milliards"
            ),
            context: context
        )
        _ = try await store.recordCaptures(
            [
                Capture(
                    sourceId: source.id,
                    requestedUrl: source.url,
                    fetchedAt: Factories.now,
                    httpStatus: 200,
                    redirects: [source.url],
                    sha256: String(repeating: "e", count: 64),
                    excerptFound: .exact
                ),
                Capture(requestedUrl: "https://example.org/orphan", fetchedAt: Factories.now, error: "timeout"),
            ],
            actor: "alice"
        )
        try await store.setStatus(of: first, to: .verified, note: "confirmed", context: context)
        let second = try #require(claims.dropFirst().first?.claim.id)
        try await store.setStatus(
            of: second,
            to: .verified,
            note: "editor vouches",
            force: true,
            context: Factories.context("bob")
        )
        let absorbed = try #require(claims.last?.claim.id)
        try await store.mergeClaims(kept: first, absorbed: absorbed, note: "same figure", context: context)
        return store
    }

    static func exportFiles(_ store: ClaimStore) async throws -> [String: Data] {
        let (files, workspace) = try await store.ledger()
        return try Ledger.export(files, workspace: workspace)
    }

    @Test func exportImportExportIsByteIdentical() async throws {
        // Given a reviewed workspace exported as a ledger
        let original = try await Self.reviewedStore()
        let first = try await Self.exportFiles(original)
        // When the ledger is read and imported into a fresh store, then exported again
        let fresh = try Factories.store()
        try await fresh.importLedger(try Ledger.read(first))
        let second = try await Self.exportFiles(fresh)
        // Then every file is byte-identical
        #expect(first.keys.sorted() == second.keys.sorted())
        for name in first.keys.sorted() { #expect(first[name] == second[name], "\(name) differs") }
        // And the rebuilt history verifies, with the same number of events
        await #expect(try fresh.verifyHistory() == original.verifyHistory())
        // And search and the review queries work on the rebuilt store
        await #expect(try fresh.claims().map(\.claim) == original.claims().map(\.claim))
        await #expect(try fresh.search("milliards").count == original.search("milliards").count)
    }

    @Test func ledgerHoldsEverything() async throws {
        // Given the reviewed workspace
        let store = try await Self.reviewedStore()
        let (files, workspace) = try await store.ledger()
        // Then every event, claim and capture of the database is in exactly one place of the ledger
        let events = files.flatMap { $0.events + $0.claims.flatMap(\.events) } + workspace.events
        await #expect(events.count == (try store.allEvents().count))
        let captureCount = try await store.writer.read { db in try Capture.fetchCount(db) }
        let ledgerCaptures = files.flatMap { $0.captures + $0.claims.flatMap { $0.sources.flatMap(\.captures) } }
        #expect(ledgerCaptures.count + workspace.captures.count == captureCount)
        let claimCount = try await store.writer.read { db in try Claim.fetchCount(db) }
        #expect(files.flatMap(\.claims).count == claimCount)
        #expect(workspace.settings["organisation.name"] == "Desk")
        // Including the merged claim, which listings leave out
        #expect(files.flatMap(\.claims).contains { $0.claim.mergedIntoId != nil })
    }

    @Test func importRefusesANonEmptyWorkspace() async throws {
        // Given a ledger and a workspace that already has a document
        let contents = try await Ledger.read(try Self.exportFiles(try Self.reviewedStore()))
        let busy = try Factories.store()
        try await Factories.ingest("Une phrase avec 3 chiffres en 2020.", into: busy, lang: .fr)
        // When the ledger is imported
        let error = try await #require(throws: StoreError.self) { try await busy.importLedger(contents) }
        // Then it is refused
        #expect(error.code == .refused)
    }

    @Test func failedImportWritesNothing() async throws {
        // Given a ledger with a link to a claim that does not exist (which only the database notices)
        var contents = try await Ledger.read(try Self.exportFiles(try Self.reviewedStore()))
        let claimId = try #require(contents.files[0].claims[0].claim.id)
        contents.files[0].claims[0].links.append(
            ClaimLink(id: 999, claimId: claimId, linkedClaimId: 424_242, reason: "bogus", score: 1)
        )
        let fresh = try Factories.store()
        // When it is imported
        await #expect(throws: StoreError.self) { try await fresh.importLedger(contents) }
        // Then nothing was written
        await #expect(try fresh.documents().isEmpty)
        await #expect(try fresh.allEvents().isEmpty)
    }

    @Test func importRefusesABrokenChain() async throws {
        // Given a ledger with one claim's history removed after reading
        var contents = try await Ledger.read(try Self.exportFiles(try Self.reviewedStore()))
        contents.files[0].claims[0].events.removeFirst()
        // Then importing it is refused as tampered
        let error = try await #require(throws: StoreError.self) { try await Factories.store().importLedger(contents) }
        #expect(error.code == .tampered)
    }
}
