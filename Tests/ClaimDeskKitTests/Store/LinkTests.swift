import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct LinkTests {
    @Test func sameClaimInTwoDocumentsIsLinkedNotDuplicated() async throws {
        // Given an article, and a second article that repeats one of its claims
        let store = try Factories.store()
        try await Factories.ingest(
            "Selon le ministère, 4 600 personnes ont été recrutées en 2023 par l'armée de l'air.\n",
            into: store,
            lang: .fr
        )
        let second = try await Factories.ingest(
            "Un autre sujet. Selon le ministère, 4 600 personnes ont été recrutées en 2023 par l'armée de l'air.\n",
            into: store,
            lang: .fr
        )
        // Then the repeated claim links to the first one, and both claims show the link
        #expect(second.links.count == 1)
        let link = try #require(second.links.first)
        let older = try await store.claimDetail(id: link.linkedClaimId)
        let newer = try await store.claimDetail(id: link.claimId)
        #expect(older.claim.documentId != newer.claim.documentId)
        #expect(older.links.count == 1 && newer.links.count == 1)
        #expect(ClaimJSON(newer).linked.first?.claim == PublicID.format(link.linkedClaimId, as: .claim))
    }

    @Test func unrelatedClaimsWithTheSameYearAreNotLinked() async throws {
        let store = try Factories.store()
        try await Factories.ingest(
            "Le budget de la défense a atteint 3,2 milliards d'euros en 2023.\n",
            into: store,
            lang: .fr
        )
        let other = try await Factories.ingest(
            "La région a accueilli 12 000 visiteurs en 2023, un record selon l'office du tourisme.\n",
            into: store,
            lang: .fr
        )
        #expect(other.links.isEmpty)
    }

    @Test func aClaimRepeatedInManyDocumentsGetsAFewLinksNotOneEach() async throws {
        let store = try Factories.store()
        let sentence = "Selon le ministère, 4 600 personnes ont été recrutées en 2023 par l'armée de l'air."
        var last: IngestOutcome?
        for index in 0..<8 {
            last = try await Factories.ingest("Article \(index). \(sentence)\n", into: store, lang: .fr)
        }
        let links = try #require(last?.links)
        #expect(links.count == ClaimMatch.maximumLinks)
        // the earliest (canonical) claim is among them
        let first = try await #require(try store.claims().first?.claim.id)
        #expect(links.contains { $0.linkedClaimId == first })
    }
}
