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

    @Test func theQueueHoldsUnverifiedClaimsMostCheckWorthyFirstPageByPage() async throws {
        // Given claims in six documents, one of them reviewed
        let service = try await Self.service(documents: 6)
        let all = try await service.claims()
        let reviewed = try #require(all.first?.claim.id)
        _ = try await service.setStatus(of: reviewed, to: .inReview, note: nil, force: false)
        let expected = all.filter { $0.claim.id != reviewed }
            .sorted { ($0.claim.score, -($0.claim.id ?? 0)) > ($1.claim.score, -($1.claim.id ?? 0)) }
            .compactMap(\.claim.id)

        // When the queue is read three claims a page
        var pages: [QueuePage] = []
        for number in 1...9 { pages.append(try await service.reviewQueue(page: number, perPage: 3)) }

        // Then the pages hold the unverified claims once each, in score order (ties: oldest first), and a page
        // past the end is the last one
        #expect(pages[0].total == expected.count && !pages[0].isCountCapped)
        #expect(pages[0].pageCount == (expected.count + 2) / 3)
        let read = pages.prefix(pages[0].pageCount).flatMap { $0.claims.compactMap(\.claim.id) }
        #expect(read == expected)
        #expect(pages[8].page == pages[0].pageCount)
        #expect(pages[8].claims.map(\.claim.id) == pages[pages[0].pageCount - 1].claims.map(\.claim.id))
    }

    @Test func nextInQueueFollowsTheQueueOrderFromAnyClaim() async throws {
        // Given an ordered queue
        let service = try await Self.service(documents: 3)
        let order = try await service.reviewQueue(perPage: 100).claims.compactMap(\.claim.id)
        #expect(order.count >= 4)

        // Then next starts at the top, walks the order, and ends after the last
        #expect(try await service.nextInQueue() == order[0])
        for (current, next) in zip(order, order.dropFirst()) {
            #expect(try await service.nextInQueue(after: current) == next)
        }
        #expect(try await service.nextInQueue(after: order[order.count - 1]) == nil)

        // When the second claim is reviewed, Then it leaves the queue and next from it is still the third
        _ = try await service.setStatus(of: order[1], to: .inReview, note: nil, force: false)
        #expect(try await service.nextInQueue(after: order[0]) == order[2])
        #expect(try await service.nextInQueue(after: order[1]) == order[2])
        #expect(!(try await service.reviewQueue(perPage: 100).claims.contains { $0.claim.id == order[1] }))

        // When a claim is merged into another, Then it leaves the queue too
        _ = try await service.mergeClaims(kept: order[2], absorbed: order[3], note: "same claim")
        let left = try await service.reviewQueue(perPage: 100)
        #expect(!left.claims.contains { $0.claim.id == order[3] })
        #expect(left.total == order.count - 2)
    }
}
