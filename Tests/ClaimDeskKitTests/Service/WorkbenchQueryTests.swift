import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskService

/// The workbench's queries: paginated documents with claims by status, and the review queue.
@Suite struct WorkbenchQueryTests {
    static func service(documents: Int) async throws -> ClaimDeskService {
        let service = try ClaimDeskService.inMemory()
        for index in 0..<documents {
            let text =
                "Unemployment fell to \(index + 3)% in 2025, the minister said. Prices rose by \(index + 10)% in March."
            _ = try await service.ingest(
                [.bytes(Array(text.utf8), origin: "doc\(index).txt")],
                metadata: DocumentMetadata(lang: .en)
            )
        }
        return service
    }

    @Test func documentsArePagedNewestFirstWithClaimsByStatus() async throws {
        // Given five documents and one dismissed claim in the newest
        let service = try await Self.service(documents: 5)
        let newest = try #require(try await service.documents().last)
        let claim = try #require(try await service.documentDetail(id: newest.document.id ?? 0).claims.first?.claim.id)
        _ = try await service.setStatus(of: claim, to: .dismissed, note: "not a claim", force: false)

        // When the first and last pages of two are read
        let first = try await service.documentPage(1, perPage: 2)
        let last = try await service.documentPage(9, perPage: 2)

        // Then pages hold two, one, and count claims by status
        #expect(first.total == 5 && first.pageCount == 3)
        #expect(first.entries.map(\.document.id) == [newest.document.id, newest.document.id.map { $0 - 1 }])
        #expect(first.entries[0].statusCounts[.dismissed] == 1)
        #expect(first.entries[0].claims == newest.claims)
        #expect(last.page == 3 && last.entries.count == 1)
        #expect(try await service.documentPage(1).pageCount == 1)
    }

    @Test func documentsAreFilteredInTheDatabaseByLanguagePublisherAndClaimStatus() async throws {
        // Given three English documents of two publishers and a French one, one claim in review
        let service = try await Self.service(documents: 0)
        for (index, (lang, publisher)) in [(Language.en, "Le Monde"), (.en, "AFP"), (.fr, "AFP"), (.en, nil)]
            .enumerated()
        {
            let text =
                lang == .fr
                ? "Le chômage a baissé à \(index + 3) % en 2025, a dit le ministre."
                : "Unemployment fell to \(index + 3)% in 2025, the minister said."
            _ = try await service.ingest(
                [.bytes(Array(text.utf8), origin: "doc\(index).txt")],
                metadata: DocumentMetadata(lang: lang, publisher: publisher)
            )
        }
        let documents = try await service.documents().map(\.document)
        let reviewed = try #require(try await service.documentDetail(id: documents[1].id ?? 0).claims.first?.claim.id)
        _ = try await service.setStatus(of: reviewed, to: .inReview, note: nil, force: false)

        // When the list is filtered, Then only the matching documents are counted and listed, newest first
        let afp = try await service.documentPage(1, filter: DocumentFilter(publisher: "AFP"))
        #expect(afp.total == 2)
        #expect(afp.entries.map(\.document.id) == [documents[2].id, documents[1].id])
        let french = try await service.documentPage(1, filter: DocumentFilter(lang: .fr))
        #expect(french.entries.map(\.document.id) == [documents[2].id])
        let inReview = try await service.documentPage(1, filter: DocumentFilter(status: .inReview))
        #expect(inReview.entries.map(\.document.id) == [documents[1].id])
        #expect(inReview.entries[0].statusCounts[.inReview] == 1)
        let none = try await service.documentPage(3, filter: DocumentFilter(lang: .fr, publisher: "Le Monde"))
        #expect(none.total == 0 && none.page == 1 && none.entries.isEmpty)
        #expect(try await service.publishers() == ["AFP", "Le Monde"])
    }

    @Test func theQueueHoldsUnverifiedClaimsMostCheckWorthyFirst() async throws {
        let service = try await Self.service(documents: 2)
        let all = try await service.claims()
        let reviewed = try #require(all.first?.claim.id)
        _ = try await service.setStatus(of: reviewed, to: .inReview, note: nil, force: false)

        let queue = try await service.reviewQueue()

        #expect(queue.count == all.count - 1)
        #expect(!queue.contains { $0.claim.id == reviewed })
        #expect(queue.map(\.claim.score) == queue.map(\.claim.score).sorted(by: >))
        #expect(try await service.reviewQueue(limit: 1).count == 1)
    }
}
