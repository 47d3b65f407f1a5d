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
}
