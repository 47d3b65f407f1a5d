import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskService
@testable import ClaimDeskStore

/// Search ranks a bounded number of matches (the newest), and below that bound it ranks them all.
@Suite struct SearchTests {
    /// A store with twelve documents that mention "budget" once, twice or in passing.
    static func store() async throws -> ClaimStore {
        let store = try Factories.store()
        for index in 0..<12 {
            let text =
                switch index % 3 {
                case 0: "Le budget a atteint \(index + 10) millions d'euros en 2024."
                case 1: "Le budget, un budget record, a atteint \(index + 10) millions d'euros en 2023, selon le rapport."
                default:
                    "Le ministère a recruté \(index + 100) agents en 2022 dans toutes les régions, hors budget annexe."
                }
            try await Factories.ingest(text, into: store, lang: .fr)
        }
        return store
    }

    /// Every match of `pattern` ranked by bm25, as search ranked before the pool: the reference order.
    static func rankedEverything(_ pattern: String, in store: ClaimStore) async throws -> [Int64] {
        let fts = try #require(FTS5Pattern(matchingAllPrefixesIn: pattern))
        return try await store.writer.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT claim.id FROM claimFts JOIN claim ON claim.id = claimFts.rowid
                    WHERE claimFts MATCH ? AND +claim.mergedIntoId IS NULL ORDER BY claimFts.rank, claim.id
                    """,
                arguments: [fts]
            )
        }
    }

    @Test func belowThePoolEveryMatchIsRanked() async throws {
        // Given twelve documents mentioning "budget"
        let store = try await Self.store()
        let everything = try await Self.rankedEverything("budget", in: store)
        try #require(everything.count >= 12)
        // When searching with the default pool, which holds every match
        let found = try await store.search("budget", limit: 5).compactMap(\.claim.id)
        // Then the results are the best five of a ranking over every match, in the same order
        #expect(found == Array(everything.prefix(5)))
        await #expect(try store.search("budget", limit: 100).count == everything.count)
    }

    @Test func aSmallPoolRanksTheNewestMatches() async throws {
        // Given twelve documents mentioning "budget"
        let store = try await Self.store()
        let everything = try await Self.rankedEverything("budget", in: store)
        let newest = Set(everything.sorted().suffix(4))
        // When the pool holds only four matches
        let found = try await store.search("budget", limit: 3, pool: 4).compactMap(\.claim.id)
        // Then the results are the best three of the four newest matches, best first
        #expect(found.count == 3)
        #expect(Set(found).isSubset(of: newest))
        #expect(found == everything.filter { newest.contains($0) }.prefix(3).map { $0 })
    }
}
