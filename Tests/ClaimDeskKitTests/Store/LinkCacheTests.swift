import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskService
@testable import ClaimDeskStore

/// The link lookups of a bulk ingest, kept from batch to batch (``LinkCache``), must link exactly as storing each
/// document alone does: same links, same history hashes, also after a rollback or a write from elsewhere.
@Suite struct LinkCacheTests {
    /// Documents that restate each other's figures: each shares numbers and dates with several others.
    static let passages: [String] = {
        let statements = [
            "Le taux de chômage a reculé à 7,3 % en 2024, selon l'Insee.",
            "Selon l'Insee, le chômage est tombé à 7,3 % en 2024.",
            "The agency hired 4,600 people in 2023, its director said.",
            "In 2023 the agency hired 4,600 people, according to its director.",
            "Le budget de la défense a atteint 47,2 milliards d'euros en 2025, a déclaré la ministre.",
            "La ministre a déclaré que le budget de la défense avait atteint 47,2 milliards d'euros en 2025.",
            "About 2.1 million subscribers left the platform in 2022, the company said.",
            "The company said 2.1 million subscribers left the platform in 2022.",
        ]
        return (0..<12).map { index in
            (0..<4).map { statements[(index * 3 + $0 * 5) % statements.count] }.joined(separator: " ")
                + " Document \(index)."
        }
    }()

    private func requests(_ ingestor: Ingestor) throws -> [IngestRequest] {
        try Self.passages.enumerated().map { index, text in
            try ingestor.request(bytes: Array(text.utf8), origin: "doc-\(index)", metadata: DocumentMetadata())
        }
    }

    private func linkList(_ outcomes: [IngestOutcome]) -> [String] {
        outcomes.flatMap(\.links).map { "\($0.claimId)->\($0.linkedClaimId) \($0.reason) \($0.score)" }
    }

    @Test func batchesSharingACacheLinkAsDocumentsStoredAlone() async throws {
        // Given the same documents stored one transaction each, and in batches of five sharing one cache
        let alone = try Factories.store()
        let ingestor = Ingestor(store: alone, actor: "tester", now: Factories.now)
        var aloneOutcomes: [IngestOutcome] = []
        for request in try requests(ingestor) { aloneOutcomes.append(try await alone.ingest(request)) }

        let batched = try Factories.store()
        let cache = LinkCache()
        var batchedOutcomes: [IngestOutcome] = []
        let all = try requests(Ingestor(store: batched, actor: "tester", now: Factories.now))
        for start in stride(from: 0, to: all.count, by: 5) {
            let results = try await batched.ingest(Array(all[start..<min(start + 5, all.count)]), cache: cache)
            batchedOutcomes += try results.map { try $0.get() }
        }
        // Then the links and the whole history are the same, and there are links to compare
        #expect(linkList(aloneOutcomes).count >= 10)
        #expect(linkList(batchedOutcomes) == linkList(aloneOutcomes))
        await #expect(try batched.allEvents().map(\.hash) == alone.allEvents().map(\.hash))
    }

    @Test func aMergeBetweenBatchesIsSeen() async throws {
        // Given two stores ingesting the first half, then merging two linked claims, then the second half: one
        // store with a cache shared by both halves, the other without
        var histories: [[String]] = []
        var linkLists: [[String]] = []
        for useCache in [true, false] {
            let store = try Factories.store()
            let all = try requests(Ingestor(store: store, actor: "tester", now: Factories.now))
            let cache = LinkCache()
            let first = try await store.ingest(Array(all[..<6]), cache: useCache ? cache : LinkCache())
            let links = try first.flatMap { try $0.get().links }
            let link = try #require(links.first)
            try await store.mergeClaims(
                kept: link.linkedClaimId,
                absorbed: link.claimId,
                note: "same statement",
                context: Factories.context()
            )
            let second = try await store.ingest(Array(all[6...]), cache: useCache ? cache : LinkCache())
            let secondLinks = try second.flatMap { try $0.get().links }
            // The claim merged away is never a link target afterwards
            #expect(!secondLinks.contains { $0.linkedClaimId == link.claimId })
            linkLists.append(secondLinks.map { "\($0.claimId)->\($0.linkedClaimId) \($0.reason)" })
            histories.append(try await store.allEvents().map(\.hash))
        }
        // Then the cache changed nothing
        #expect(!linkLists[0].isEmpty)
        #expect(linkLists[0] == linkLists[1])
        #expect(histories[0] == histories[1])
    }

    @Test func aRolledBackDocumentLeavesNoCachedClaims() async throws {
        // Given a batch whose middle document fails after its claims were looked up, sharing a cache with the next
        let store = try Factories.store()
        let reference = try Factories.store()
        var all = try requests(Ingestor(store: store, actor: "tester", now: Factories.now))
        try #require(!all[2].claims.isEmpty)
        all[2].claims[all[2].claims.count - 1].occurrences = [
            TextSpan(start: 9, end: 2, exact: "x", prefix: "", suffix: "")
        ]
        let cache = LinkCache()
        let first = try await store.ingest(Array(all[..<5]), cache: cache)
        #expect((try? first[2].get()) == nil)
        let second = try await store.ingest(Array(all[5...]), cache: cache)
        // When the same good documents are stored alone in another store
        var expected: [IngestOutcome] = []
        for (index, request) in all.enumerated() where index != 2 {
            expected.append(try await reference.ingest(request))
        }
        // Then the links are the same: no link to a claim of the rolled-back document
        let stored = try (first + second).compactMap { result -> IngestOutcome? in
            if case .failure = result { return nil }
            return try result.get()
        }
        #expect(linkList(stored) == linkList(expected))
        await #expect(try store.allEvents().map(\.hash) == reference.allEvents().map(\.hash))
    }
}
