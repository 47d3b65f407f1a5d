import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskService
@testable import ClaimDeskStore

/// Search ranks a bounded number of matches (the newest, exact words first), and below that bound it ranks them all.
@Suite struct SearchTests {
    /// A store with twelve documents that mention "budget" once, twice or in passing.
    static func store() async throws -> ClaimStore {
        let store = try Factories.store()
        for index in 0..<12 {
            let text =
                switch index % 3 {
                case 0: "Le budget a atteint \(index + 10) millions d'euros en 2024."
                case 1:
                    "Le budget, un budget record, a atteint \(index + 10) millions d'euros en 2023, selon le rapport."
                default:
                    "Le ministère a recruté \(index + 100) agents en 2022 dans toutes les régions, hors budget annexe."
                }
            try await Factories.ingest(text, into: store, lang: .fr)
        }
        return store
    }

    /// Every match of `pattern` ranked by bm25, newest first among equals: the reference order.
    static func rankedEverything(_ pattern: String, in store: ClaimStore) async throws -> [Int64] {
        let fts = try #require(FTS5Pattern(matchingAllPrefixesIn: pattern))
        return try await store.writer.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT claim.id FROM claimFts JOIN claim ON claim.id = claimFts.rowid
                    WHERE claimFts MATCH ? AND +claim.mergedIntoId IS NULL ORDER BY claimFts.rank, claim.id DESC
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

    @Test func equalScoresComeNewestFirst() async throws {
        // Given four claims of the same words and length ("Le budget a atteint N millions d'euros en 2024.")
        let store = try await Self.store()
        let results = try await store.search("budget", limit: 100)
        let same = results.filter { $0.claim.text.hasSuffix("millions d'euros en 2024.") }.compactMap(\.claim.id)
        try #require(same.count == 4)
        // Then they are consecutive in the results, the newest first
        let positions = same.compactMap { id in results.firstIndex { $0.claim.id == id } }
        #expect(positions == Array(positions[0]..<positions[0] + 4))
        #expect(same == same.sorted(by: >))
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

    @Test func oneWordRanksAsBm25() async throws {
        // Given twelve documents mentioning "budget" once, twice or in passing, in texts of several lengths
        let store = try await Self.store()
        let pattern = try #require(FTS5Pattern(matchingAllPrefixesIn: "budget"))
        // When scoring every match with bm25 and with claimrank
        let scores = try await store.writer.read { db in
            try SearchRank.register(in: db)
            return try Row.fetchAll(
                db,
                sql: "SELECT bm25(claimFts) AS bm25, claimrank(claimFts) AS ours FROM claimFts WHERE claimFts MATCH ?",
                arguments: [pattern]
            ).map { (bm25: $0["bm25"] as Double, ours: $0["ours"] as Double) }
        }
        // Then the two differ by one constant factor, the word's weight: the same formula, the same order
        try #require(scores.count >= 12)
        #expect(Set(scores.map(\.ours)).count > 1)
        let factor = scores[0].bm25 / scores[0].ours
        for score in scores { #expect(abs(score.bm25 / score.ours - factor) < 1e-9 * abs(factor)) }
    }

    @Test func exactWordsFillingThePoolComeFirst() async throws {
        // Given twelve documents with "budget" and one later one with only "budgetaire"
        let store = try await Self.store()
        try await Factories.ingest(
            "La hausse budgétaire a atteint 40 millions d'euros en 2025, selon le rapport.",
            into: store,
            lang: .fr
        )
        let budgetaire = try #require(try await store.search("budgétaire").first?.claim.id)
        // When the exact word fills the pool, the newest exact matches are ranked, not the later prefix match
        let exact = try await store.search("budget", limit: 4, pool: 4).compactMap(\.claim.id)
        #expect(exact.count == 4)
        #expect(!exact.contains(budgetaire))
        // When it does not, every prefix match is ranked, the later one included
        let everything = try await store.search("budget", limit: 100).compactMap(\.claim.id)
        #expect(everything.contains(budgetaire))
        // And a word no claim holds as such matches as a prefix, ranked the same way
        #expect(try await store.search("budg", limit: 100).compactMap(\.claim.id) == everything)
    }
}
