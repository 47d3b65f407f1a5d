import ClaimDeskModel
import ClaimDeskService
import ClaimDeskWeb
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Curation from the browser: merging a duplicate, ingesting pasted text.
@Suite struct CurationRouteTests {
    @Test func aDuplicateIsMergedIntoTheClaim() async throws {
        let fixture = try await WebFixture.make()
        let claims = try await fixture.claims()
        let kept = try #require(claims.first?.claim.id)
        let absorbed = try #require(claims.last?.claim.id)
        try await fixture.withSession { session in
            let itself = try await session.post("/claims/c\(kept)/merge", [("absorbed", "c\(kept)")])
            #expect(itself.status == .badRequest)
            let unknown = try await session.post("/claims/c\(kept)/merge", [("absorbed", "c999999")])
            #expect(unknown.status == .notFound)
            let merged = try await session.post(
                "/claims/c\(kept)/merge",
                [("absorbed", "c\(absorbed)"), ("note", "same")]
            )
            #expect(merged.status == .seeOther)
            let page = try await session.get("/claims/c\(kept)?changed=merge")
            #expect(page.text.contains("Claim merged into c\(kept)."))
        }
        let detail = try await fixture.service.claimDetail(id: kept)
        #expect(
            detail.occurrences.contains { occurrence in
                claims.last?.occurrences.contains { $0.start == occurrence.start } == true
            }
        )
        #expect(try await fixture.service.claimDetail(id: absorbed).claim.mergedIntoId == kept)
    }

    @Test func pastedTextIsIngestedWithTheSameErrorsAsTheCLI() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            let list = try await session.get("/documents")
            #expect(list.text.contains("action=\"/documents\""))
            let empty = try await session.post("/documents", [("title", "Empty"), ("text", "")])
            #expect(empty.status == .badRequest)
            let added = try await session.post(
                "/documents",
                [("title", "<i>Pasted</i>"), ("text", "Inflation reached 4% in 2025, the central bank said.")]
            )
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            let page = try await session.get(location)
            #expect(page.text.contains("<h1>&lt;i&gt;Pasted&lt;/i&gt;</h1>"))
        }
        #expect(try await fixture.service.documents().count == 2)
    }
}
