@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// Builders shared by the store tests: a fresh in-memory store per test, and small documents.
enum Factories {
    static let now = "2026-03-10T09:00:00Z"

    static func store() throws -> ClaimStore {
        try ClaimStore.inMemory()
    }

    static func context(_ actor: String = "tester") -> ReviewContext {
        ReviewContext(actor: actor, now: now)
    }

    /// Ingests `text` as a document and returns the outcome.
    @discardableResult
    static func ingest(
        _ text: String,
        into store: ClaimStore,
        lang: Language? = nil,
        published: String? = nil
    ) async throws
        -> IngestOutcome
    {
        try await Ingestor(store: store, actor: "tester", now: now)
            .ingest(
                bytes: Array(text.utf8),
                origin: "test.txt",
                metadata: DocumentMetadata(lang: lang, published: published)
            )
    }

    static let article = """
        Le gouvernement fédéral a dépensé 3,2 milliards d'euros en 2023, selon le rapport.
        « Nous avons recruté 4 600 personnes », a déclaré la ministre.
        Est-ce vraiment une bonne idée ?
        """

    /// Three requests for one batch, origins "a", "b" and "c"; the middle one is broken (an occurrence that
    /// violates the CHECK constraint), so storing it fails and its savepoint rolls back.
    static func batchWithABrokenMiddle(_ ingestor: Ingestor) throws -> [IngestRequest] {
        let first = try ingestor.request(
            bytes: Array("Le budget a atteint 12 millions d'euros en 2025.".utf8),
            origin: "a",
            metadata: DocumentMetadata()
        )
        var broken = try ingestor.request(
            bytes: Array("Le déficit a atteint 3 milliards en 2024.".utf8),
            origin: "b",
            metadata: DocumentMetadata()
        )
        guard !broken.claims.isEmpty else { throw NoClaimExtracted() }
        broken.claims[0].occurrences = [TextSpan(start: 9, end: 2, exact: "x", prefix: "", suffix: "")]
        let last = try ingestor.request(
            bytes: Array("The agency hired 4,600 people in 2023.".utf8),
            origin: "c",
            metadata: DocumentMetadata()
        )
        return [first, broken, last]
    }

    /// A factory's text gave no claim to break.
    struct NoClaimExtracted: Error {}
}
