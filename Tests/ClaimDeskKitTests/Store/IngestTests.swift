import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct IngestTests {
    @Test func storesProvenanceAndClaims() async throws {
        // Given a fresh store
        let store = try Factories.store()
        // When an article is ingested
        let outcome = try await Factories.ingest(Factories.article, into: store, published: "2026-03-09")
        // Then the document keeps its provenance and its claims point into its text
        #expect(outcome.isNew)
        let document = try await store.document(id: try #require(outcome.document.id))
        #expect(document.sha256 == Hashing.sha256Hex(Array(Factories.article.utf8)))
        #expect(document.lang == .fr)
        #expect(document.published == "2026-03-09")
        #expect(document.size == Factories.article.utf8.count)
        #expect(document.toolVersion == ToolVersion.current)
        let claims = try await store.claims()
        #expect(claims.count == outcome.claimCount)
        #expect(!claims.isEmpty)
        let scalars = Array(document.text.unicodeScalars)
        for detail in claims {
            for occurrence in detail.occurrences {
                let slice = String(String.UnicodeScalarView(scalars[occurrence.start..<occurrence.end]))
                #expect(slice == occurrence.exact)
            }
        }
    }

    @Test func sameBytesTwiceIsOneDocument() async throws {
        // Given an ingested article
        let store = try Factories.store()
        let first = try await Factories.ingest(Factories.article, into: store)
        // When the same bytes come again
        let second = try await Factories.ingest(Factories.article, into: store)
        // Then nothing is duplicated
        #expect(!second.isNew)
        #expect(second.document.id == first.document.id)
        await #expect(try store.documents().count == 1)
        await #expect(try store.claims().count == first.claimCount)
    }

    @Test func datelineGivesThePublicationDate() async throws {
        let store = try Factories.store()
        let outcome = try await Factories.ingest(
            " date 2026-03-09 Le Pentagone a signé en 2023 un contrat de 12 millions.",
            into: store
        )
        #expect(outcome.document.published == "2026-03-09")
    }

    @Test func offsetsCountCodePointsWithEmojiAndAccents() async throws {
        // Given text with emoji (outside the BMP) and decomposed accents before the claim
        let store = try Factories.store()
        let text = "🚀👩‍👩‍👧 Cafe\u{301} de\u{301}ja\u{300}. Le budget a atteint 12,4 % en 2025 selon l'Insee.\n"
        let outcome = try await Factories.ingest(text, into: store, lang: .fr)
        let document = try await store.document(id: try #require(outcome.document.id))
        // Then every occurrence's exact text equals the code-point slice of the stored (NFC) text
        let scalars = Array(document.text.unicodeScalars)
        let claims = try await store.claims()
        #expect(!claims.isEmpty)
        for occurrence in claims.flatMap(\.occurrences) {
            #expect(String(String.UnicodeScalarView(scalars[occurrence.start..<occurrence.end])) == occurrence.exact)
            #expect(occurrence.exact.contains("12,4"))
        }
        #expect(document.text.contains("Café"))
    }

    @Test func failedIngestLeavesNothing() async throws {
        // Given a store with a document already in it
        let store = try Factories.store()
        try await Factories.ingest(Factories.article, into: store)
        let eventsBefore = try await store.allEvents().count
        // When a request fails halfway (a claim whose occurrence breaks the CHECK constraint)
        let bad = ExtractedClaim(
            text: "x",
            type: .other,
            score: 0.5,
            hedged: false,
            speaker: nil,
            numbers: [],
            dates: [],
            occurrences: [TextSpan(start: 5, end: 2, exact: "x", prefix: "", suffix: "")],
            signals: [],
            fingerprint: "x"
        )
        let document = Document(
            sha256: "feed",
            origin: "bad.txt",
            lang: .en,
            size: 1,
            ingestedAt: Factories.now,
            toolVersion: ToolVersion.current,
            text: "x"
        )
        await #expect(throws: StoreError.self) {
            try await store.ingest(IngestRequest(document: document, claims: [bad], actor: "tester"))
        }
        // Then the transaction rolled back: no document, claim or event was added
        await #expect(try store.documents().count == 1)
        await #expect(try store.allEvents().count == eventsBefore)
        await #expect(try store.verifyHistory() == eventsBefore)
    }

    @Test func badBytesAreRefusedBeforeStoring() async throws {
        let store = try Factories.store()
        let ingestor = Ingestor(store: store, actor: "tester", now: Factories.now)
        await #expect(throws: IngestError.binary(offset: 1)) {
            try await ingestor.ingest(bytes: [0x41, 0, 0x42], origin: "bin", metadata: DocumentMetadata())
        }
        await #expect(throws: IngestError.invalidUTF8(offset: 0)) {
            try await ingestor.ingest(bytes: [0xFF, 0x41], origin: "latin1", metadata: DocumentMetadata())
        }
        await #expect(throws: IngestError.missing(path: "/nonexistent/article.txt")) {
            try await ingestor.ingest(path: "/nonexistent/article.txt", metadata: DocumentMetadata())
        }
        await #expect(throws: IngestError.directory(path: "/tmp")) {
            try await ingestor.ingest(path: "/tmp", metadata: DocumentMetadata())
        }
        await #expect(try store.documents().isEmpty)
    }

    @Test func searchIgnoresCaseAndAccentsAndSurvivesHostileInput() async throws {
        // Given an article mentioning "fédéral"
        let store = try Factories.store()
        try await Factories.ingest(Factories.article, into: store)
        // Then "federal", "FÉDÉRAL" and a prefix find it
        for query in ["federal", "FÉDÉRAL", "Fédé", "milliards federal"] {
            await #expect(try store.search(query).count == 1, "query \(query)")
        }
        // And operators, quotes and SQL are safe (no error)
        for hostile in ["\"", "NEAR(", "a OR", "*", "'; DROP TABLE claim; --", "claim:", "()", ""] {
            _ = try await store.search(hostile)
        }
        await #expect(try store.search("introuvable").isEmpty)
    }

    @Test func batchRollsBackOnlyTheFailingDocument() async throws {
        // Given three requests, the middle one broken (an occurrence that violates the CHECK constraint)
        let store = try Factories.store()
        let ingestor = Ingestor(store: store, actor: "tester", now: Factories.now)
        let batch = try Factories.batchWithABrokenMiddle(ingestor)
        // When they are stored as one batch
        let results = try await store.ingest(batch)
        // Then the good ones are stored, the bad one left no trace, and the history chain is intact
        #expect(results.count == 3)
        #expect((try? results[0].get()) != nil)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get()) != nil)
        await #expect(try store.documents().map(\.origin) == ["a", "c"])
        await #expect(try store.claims().allSatisfy { $0.claim.documentId != 0 })
        await #expect(try store.verifyHistory() == store.allEvents().count)
        await #expect(!(try store.allEvents().contains { $0.evidence == "b" }))
    }
}
