import ClaimDeskModel
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ClaimDeskService
@testable import ClaimDeskWeb

/// The documents list: filters by language, publisher and claim status, and a pager that keeps them.
@Suite struct DocumentListRouteTests {
    @Test func theListIsFilteredAndTheFormKeepsTheChoicesEscaped() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            let form = try await session.get("/documents")
            #expect(form.text.contains("id=\"document-filters\""))
            #expect(form.text.contains("<option value=\"&lt;b&gt;Pub&lt;/b&gt;\">&lt;b&gt;Pub&lt;/b&gt;</option>"))
            let publisher = try await session.get("/documents?publisher=%3Cb%3EPub%3C%2Fb%3E&lang=en&status=")
            #expect(publisher.text.contains("1 documents"))
            #expect(publisher.text.contains("<option value=\"&lt;b&gt;Pub&lt;/b&gt;\" selected>"))
            #expect(publisher.text.contains("<option value=\"en\" selected>"))
            let french = try await session.get("/documents?lang=fr")
            #expect(french.text.contains("No document matches these filters."))
            let verified = try await session.get("/documents?status=verified")
            #expect(verified.text.contains("No document matches these filters."))
            let unverified = try await session.get("/documents?status=unverified")
            #expect(unverified.text.contains("1 documents"))
            let bad = try await session.get("/documents?lang=xx")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("“xx” is not a language"))
        }
    }

    @Test func thePagerKeepsTheFiltersWithEveryValueEncoded() {
        let filter = DocumentFilter(lang: .fr, publisher: "A&B =C+D é", status: .inReview)
        #expect(
            DocumentFilters.query(filter, page: 2)
                == "lang=fr&publisher=A%26B%20%3DC%2BD%20%C3%A9&status=in_review&page=2"
        )
        #expect(DocumentFilters.query(DocumentFilter(), page: 3) == "page=3")
        let page = DocumentPage(entries: [], page: 2, perPage: 25, total: 80)
        let pager = DocumentFilters.pager(page, filter: filter).rendered
        #expect(
            pager.contains(
                "href=\"/documents?lang=fr&amp;publisher=A%26B%20%3DC%2BD%20%C3%A9&amp;status=in_review&amp;page=1\""
            )
        )
        #expect(pager.contains("page=3\">Older →</a>"))
    }
}
