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
