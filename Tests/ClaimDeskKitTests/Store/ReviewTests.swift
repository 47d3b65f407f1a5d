import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct ReviewTests {
    /// A store with one ingested article, and the id of its first claim.
    func fixture() async throws -> (ClaimStore, Int64) {
        let store = try Factories.store()
        try await Factories.ingest(Factories.article, into: store)
        let first = try await #require(try store.claims().first?.claim.id)
        return (store, first)
    }

    @Test func verifiedNeedsASupportingSource() async throws {
        // Given a claim with no source
        let (store, claim) = try await fixture()
        // When it is marked verified, it is refused with what is missing
        let error = try await #require(throws: StoreError.self) {
            try await store.setStatus(of: claim, to: .verified, note: nil, context: Factories.context())
        }
        #expect(error.code == .refused)
        #expect(error.message.contains("supporting source"))
        // When a refuting source is added, still refused; with a supporting one, accepted
        try await store.addSource(
            SourceDraft(claimId: claim, url: "https://a.example/x", stance: .refutes),
            context: Factories.context()
        )
        await #expect(throws: StoreError.self) {
            try await store.setStatus(of: claim, to: .verified, note: nil, context: Factories.context())
        }
        let source = try await store.addSource(
            SourceDraft(
                claimId: claim,
                url: "https://insee.example/rapport",
                stance: .supports,
                excerpt: "3,2 milliards"
            ),
            context: Factories.context()
        )
        try await store.setStatus(of: claim, to: .verified, note: nil, context: Factories.context("alice"))
        // Then the event names the reviewer and the evidence
        let detail = try await store.claimDetail(id: claim)
        #expect(detail.claim.status == .verified)
        let event = try #require(detail.events.last)
        #expect(event.action == .status && event.fromValue == "unverified" && event.toValue == "verified")
        #expect(event.actor == "alice")
        #expect(event.evidence?.contains(PublicID.format(try #require(source.id), as: .source)) == true)
        #expect(!event.isOverride)
    }

    @Test func falseAndDisputedNeedARefutingSourceOrANote() async throws {
        let (store, claim) = try await fixture()
        for status in [ClaimStatus.false, .disputed] {
            await #expect(throws: StoreError.self) {
                try await store.setStatus(of: claim, to: status, note: "  ", context: Factories.context())
            }
        }
        try await store.setStatus(of: claim, to: .disputed, note: "the ministry denies it", context: Factories.context())
        try await store.addSource(
            SourceDraft(claimId: claim, url: "https://b.example/", stance: .refutes),
            context: Factories.context()
        )
        try await store.setStatus(of: claim, to: .false, note: nil, context: Factories.context())
        await #expect(try store.claimDetail(id: claim).claim.status == .false)
    }

    @Test func dismissedNeedsANote() async throws {
        let (store, claim) = try await fixture()
        let error = try await #require(throws: StoreError.self) {
            try await store.setStatus(of: claim, to: .dismissed, note: nil, context: Factories.context())
        }
        #expect(error.message.contains("--note"))
        try await store.setStatus(of: claim, to: .dismissed, note: "opinion, not a claim", context: Factories.context())
    }

    @Test func forceOverridesAndIsRecorded() async throws {
        let (store, claim) = try await fixture()
        // --force without a note is refused
        await #expect(throws: StoreError.self) {
            try await store.setStatus(of: claim, to: .verified, note: nil, force: true, context: Factories.context())
        }
        // --force with a note overrides, and the event says so
        try await store.setStatus(
            of: claim,
            to: .verified,
            note: "confirmed by phone",
            force: true,
            context: Factories.context()
        )
        let event = try await #require(try store.claimDetail(id: claim).events.last)
        #expect(event.isOverride)
        #expect(event.note == "confirmed by phone")
    }

    @Test func badInputIsRefusedClearly() async throws {
        let (store, claim) = try await fixture()
        let unknown = try await #require(throws: StoreError.self) {
            try await store.setStatus(of: 999, to: .verified, note: nil, context: Factories.context())
        }
        #expect(unknown.code == .notFound)
        #expect(unknown.message.contains("c999"))
        for url in ["notaurl", "ftp://example.com/x", "javascript:alert(1)", "https://", "http://exa mple.com", ""] {
            let error = try await #require(throws: StoreError.self, "\(url)") {
                try await store.addSource(
                    SourceDraft(claimId: claim, url: url, stance: .supports),
                    context: Factories.context()
                )
            }
            #expect(error.code == .refused)
        }
        await #expect(throws: StoreError.self) {
            try await store.removeSource(1, note: "", context: Factories.context())
        }
        await #expect(throws: StoreError.self) {
            try await store.removeSource(42, note: "gone", context: Factories.context())
        }
        await #expect(try store.sources(claimIds: nil).isEmpty)
    }

    @Test func urlsAreNormalisedAndTheOriginalKept() async throws {
        let (store, claim) = try await fixture()
        let source = try await store.addSource(
            SourceDraft(
                claimId: claim,
                url: "HTTPS://WWW.Insee.FR:443/fr/statistiques?utm_source=tw&id=42&fbclid=abc#section",
                stance: .supports
            ),
            context: Factories.context()
        )
        #expect(source.normalizedUrl == "https://www.insee.fr/fr/statistiques?id=42")
        #expect(source.url.hasPrefix("HTTPS://WWW.Insee.FR"))
        // The same page again with the same stance is refused as a duplicate
        await #expect(throws: StoreError.self) {
            try await store.addSource(
                SourceDraft(claimId: claim, url: "https://www.insee.fr/fr/statistiques?id=42", stance: .supports),
                context: Factories.context()
            )
        }
    }

    @Test func removingASourceIsRecordedNotDeleted() async throws {
        let (store, claim) = try await fixture()
        let source = try await store.addSource(
            SourceDraft(claimId: claim, url: "https://a.example/", stance: .context),
            context: Factories.context()
        )
        let sourceId = try #require(source.id)
        try await store.removeSource(sourceId, note: "paywalled copy", context: Factories.context())
        await #expect(try store.source(id: sourceId).removed)
        await #expect(try store.sources(claimIds: [claim]).isEmpty)
        let event = try await #require(try store.claimDetail(id: claim).events.last)
        #expect(event.action == .sourceRemove && event.note == "paywalled copy")
    }

    @Test func editKeepsTheOriginal() async throws {
        let (store, claim) = try await fixture()
        let before = try await store.claimDetail(id: claim)
        try await store.editClaim(
            claim,
            text: "The federal government spent €3.2bn in 2023",
            note: "translation",
            context: Factories.context()
        )
        let after = try await store.claimDetail(id: claim)
        #expect(after.claim.text == "The federal government spent €3.2bn in 2023")
        #expect(after.claim.originalText == before.claim.originalText)
        #expect(after.occurrences == before.occurrences)
        await #expect(try store.search("spent").count == 1)
    }

    @Test func addClaimNeedsAUniqueExactQuote() async throws {
        let (store, _) = try await fixture()
        let document = try await #require(try store.documents().first?.id)
        let absent = try await #require(throws: StoreError.self) {
            try await store.addClaim(
                documentId: document,
                quote: "pas dans le texte",
                analysis: nil,
                note: nil,
                context: Factories.context()
            )
        }
        #expect(absent.message.contains("does not occur"))
        let ambiguous = try await #require(throws: StoreError.self) {
            try await store.addClaim(
                documentId: document,
                quote: "la",
                analysis: nil,
                note: nil,
                context: Factories.context()
            )
        }
        #expect(ambiguous.message.contains("times"))
        let added = try await store.addClaim(
            documentId: document,
            quote: "Est-ce vraiment une bonne idée",
            analysis: nil,
            note: "reviewer wants it",
            context: Factories.context()
        )
        let occurrence = try #require(added.occurrences.first)
        let scalars = await Array(try store.document(id: document).text.unicodeScalars)
        #expect(
            String(String.UnicodeScalarView(scalars[occurrence.start..<occurrence.end]))
                == "Est-ce vraiment une bonne idée"
        )
        #expect(added.claim.method == "manual")
    }

    @Test func mergeKeepsOccurrencesSourcesAndHistory() async throws {
        // Given two claims, each with a source and a history
        let (store, _) = try await fixture()
        let ids = try await store.claims().compactMap(\.claim.id)
        try #require(ids.count >= 2)
        let (kept, absorbed) = (ids[0], ids[1])
        try await store.addSource(
            SourceDraft(claimId: absorbed, url: "https://c.example/", stance: .supports),
            context: Factories.context()
        )
        let occurrencesBefore =
            try await store.claimDetail(id: kept).occurrences.count
            + store.claimDetail(id: absorbed).occurrences.count
        // When they are merged
        try await store.mergeClaims(kept: kept, absorbed: absorbed, note: "same statement", context: Factories.context())
        // Then the kept claim has everything and the absorbed one remains, marked
        let detail = try await store.claimDetail(id: kept)
        #expect(detail.occurrences.count == occurrencesBefore)
        #expect(detail.sources.count == 1)
        #expect(detail.events.contains { $0.action == .sourceAdd && $0.claimId == absorbed })
        #expect(detail.events.contains { $0.action == .merge })
        await #expect(try store.claimDetail(id: absorbed).claim.mergedIntoId == kept)
        await #expect(!(try store.claims().contains { $0.claim.id == absorbed }))
        await #expect(throws: StoreError.self) {
            try await store.setStatus(of: absorbed, to: .dismissed, note: "x", context: Factories.context())
        }
        await #expect(throws: StoreError.self) {
            try await store.mergeClaims(kept: kept, absorbed: kept, note: nil, context: Factories.context())
        }
        await #expect(try store.verifyHistory() > 0)
    }
}
