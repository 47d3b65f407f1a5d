import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct MarkdownReportTests {
    @Test func reportMatchesSnapshot() async throws {
        // Given the reviewed fixture document
        let detail = ReportFixtures.document()
        // When its report is rendered with a fixed generation time
        let report = MarkdownReport.render(detail, options: .init(generatedAt: "2026-03-11T08:00:00Z"))
        // Then it matches the golden file
        try ReportAssertions.assertSnapshot(report, named: "document-report.md")
    }

    @Test func indexMatchesSnapshot() async throws {
        // Given two documents
        var other = ReportFixtures.document()
        other.document.id = 2
        other.document.title = nil
        other.document.published = "2026-03-12"
        other.claims.removeLast()
        // When the index is rendered
        let index = IndexReport.render([other, ReportFixtures.document()])
        // Then it matches the golden file
        try ReportAssertions.assertSnapshot(index, named: "index.md")
    }

    @Test func reportIsDeterministicWhateverTheInputOrder() async {
        // Given the same document with its claims, sources and events in another order
        let detail = ReportFixtures.document()
        var shuffled = detail
        shuffled.claims.reverse()
        for index in shuffled.claims.indices {
            shuffled.claims[index].sources.reverse()
            shuffled.claims[index].events.reverse()
        }
        // When both are rendered without a time
        let first = MarkdownReport.render(detail)
        let second = MarkdownReport.render(shuffled)
        // Then the reports are byte-identical and carry no generation time
        #expect(first == second)
        #expect(!first.contains("Report generated"))
    }

    @Test func hostileInputAddsNoElementAndNoLink() async throws {
        // Given the fixture rendered with benign text and with hostile text in every untrusted field
        let benign = try ReportAssertions.renderGFM(
            MarkdownReport.render(ReportFixtures.document(ReportFixtures.benign))
        )
        let hostile = try ReportAssertions.renderGFM(
            MarkdownReport.render(ReportFixtures.document(ReportFixtures.hostile))
        )
        // Then the rendered HTML has exactly the same elements, in the same order, links aside
        let withoutLinks = { (html: String) in ReportAssertions.startTags(html).filter { $0 != "a" } }
        #expect(withoutLinks(hostile) == withoutLinks(benign))
        #expect(!hostile.contains("<script"))
        #expect(!hostile.contains("<img"))
        // And every link is the template's: an anchor in the report or an http(s) URL given as a link
        let hrefs = ReportAssertions.hrefs(hostile)
        #expect(hrefs.allSatisfy { $0.hasPrefix("#c") || $0.hasPrefix("https://") }, "\(hrefs)")
        #expect(!hrefs.contains { $0.contains("evil") })
        // The hostile document URL is javascript:, so it is shown as text: one link fewer
        #expect(hrefs.count == ReportAssertions.hrefs(benign).count - 1)
    }

    @Test func hostileIndexAddsNoElement() async throws {
        // Given the index over a benign and a hostile document
        let benign = try ReportAssertions.renderGFM(
            IndexReport.render([ReportFixtures.document(ReportFixtures.benign)])
        )
        let hostile = try ReportAssertions.renderGFM(
            IndexReport.render([ReportFixtures.document(ReportFixtures.hostile)])
        )
        // Then both render the same elements
        #expect(ReportAssertions.startTags(hostile) == ReportAssertions.startTags(benign))
    }

    @Test func tablesKeepTheirColumnCount() async throws {
        // Given the hostile report rendered
        let html = try ReportAssertions.renderGFM(
            MarkdownReport.render(ReportFixtures.document(ReportFixtures.hostile))
        )
        // Then every row of the sources table (5 columns) and provenance table (2) keeps its cells
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            let rows = body.components(separatedBy: "<tr>").dropFirst()
            let widths = Set(
                rows.map { $0.components(separatedBy: "<td").count + $0.components(separatedBy: "<th").count - 2 }
            )
            #expect(widths.count == 1, "ragged table: \(widths)")
        }
    }

    @Test func quoteShowsParagraphAndCharacterRange() async {
        // Given the fixture, whose verified claim is in the third paragraph (the dateline is the first)
        let detail = ReportFixtures.document()
        let occurrence = detail.claims[1].occurrences[0]
        // When the report is rendered
        let report = MarkdownReport.render(detail)
        // Then it gives the paragraph and the code-point range
        #expect(report.contains("paragraph 3, characters \(occurrence.start)–\(occurrence.end)"))
        #expect(report.contains("paragraph 4, characters"))
    }

    @Test func paragraphIndexCountsNonBlankLines() async {
        // Given a text with blank and whitespace-only lines
        let index = ParagraphIndex("a\n\n  \nbc\nd")
        // Then offsets map to 1-based paragraph numbers
        #expect(index.paragraph(at: 0) == 1)
        #expect(index.paragraph(at: 5) == 1)
        #expect(index.paragraph(at: 6) == 2)
        #expect(index.paragraph(at: 9) == 3)
    }

    @Test func statusFilterShowsOnlyMatchingClaims() async {
        // Given the fixture with one verified and one unverified claim
        let detail = ReportFixtures.document()
        // When only verified claims are asked for
        let report = MarkdownReport.render(detail, options: .init(statuses: [.verified]))
        // Then the summary still counts both, and only c3 has a section
        #expect(report.contains("2 claims, 1 shown."))
        #expect(report.contains("### c3"))
        #expect(!report.contains("### c6"))
    }

    @Test func statusLineNamesWhoAndWhen() async {
        let report = MarkdownReport.render(ReportFixtures.document())
        #expect(report.contains("**Status:** **verified**, by alice on 2026-03-10T09:30:00Z"))
    }
}

@Suite struct DocumentSlugTests {
    static func document(origin: String, title: String?, published: String?, id: Int64 = 1) -> Document {
        Document(
            id: id,
            sha256: "00",
            origin: origin,
            title: title,
            lang: .fr,
            published: published,
            size: 1,
            ingestedAt: "2026-03-10T09:00:00Z",
            toolVersion: "0.1.0",
            text: "x"
        )
    }

    @Test func fileOriginGivesTheFileName() async {
        // Given the worked example's file, with a title
        let document = Self.document(
            origin: "Examples/2026-03-09-openai-pentagon.fr.txt",
            title: "OpenAI, le Pentagone",
            published: "2026-03-09"
        )
        // Then the slug is the file name, the date not repeated
        #expect(DocumentSlug.slug(for: document) == "2026-03-09-openai-pentagon-fr")
    }

    @Test func urlOriginGivesTheDateAndTitle() async {
        let document = Self.document(
            origin: "https://news.example/a/b?id=3",
            title: "Démission à l'OpenAI : « précipité »",
            published: "2026-03-09"
        )
        #expect(DocumentSlug.slug(for: document) == "2026-03-09-demission-a-l-openai-precipite")
    }

    @Test func standardInputWithoutTitleFallsBackToTheId() async {
        #expect(DocumentSlug.slug(for: Self.document(origin: "-", title: nil, published: nil, id: 7)) == "d7")
    }

    @Test func longTitlesAreCutAtAWord() async {
        let title = String(repeating: "mot ", count: 40)
        let slug = DocumentSlug.slug(for: Self.document(origin: "-", title: title, published: nil))
        #expect(slug.count <= DocumentSlug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("mot"))
    }

    @Test func collidingSlugsGetTheirIds() async {
        let a = Self.document(origin: "a/x.txt", title: nil, published: "2026-01-01", id: 1)
        let b = Self.document(origin: "b/x.txt", title: nil, published: "2026-01-01", id: 2)
        let c = Self.document(origin: "c/y.txt", title: nil, published: "2026-01-01", id: 3)
        #expect(DocumentSlug.uniqueSlugs(for: [a, b, c]) == ["2026-01-01-x-d1", "2026-01-01-x-d2", "2026-01-01-y"])
    }
}
