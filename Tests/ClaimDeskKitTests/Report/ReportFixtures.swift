@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// A small reviewed document built in code: every field the report shows is filled in, so snapshots and the
/// escaping tests cover every template path. `hostile` puts Markdown/HTML attacks in every untrusted field.
enum ReportFixtures {
    /// The strings that go in untrusted fields.
    struct Texts {
        var title: String
        var claim: String
        var speaker: String
        var excerpt: String
        var note: String
        var sourceTitle: String
        var sourceURL: String
        var actor: String
        var error: String
        var documentURL: String
    }

    static let benign = Texts(
        title: "OpenAI and the Pentagon",
        claim: "About 1.5 million subscribers reportedly left ChatGPT",
        speaker: "Caitlin Kalinowski",
        excerpt: "some 1.5 million users cancelled",
        note: "checked against the company figures",
        sourceTitle: "Company statement",
        sourceURL: "https://example.org/statement",
        actor: "alice",
        error: "timeout",
        documentURL: "https://news.example/openai"
    )

    static let hostile = Texts(
        title: "# Pwned <script>alert(1)</script> | col",
        claim: "<img src=x onerror=alert(1)> [click](javascript:alert(1)) | x | `code` **bold** https://evil.example",
        speaker: "> quote\n# heading\n- item",
        excerpt: "</td></tr><tr><td>injected</td> | a | b | ![img](http://evil.example/x.png) www.evil.example",
        note: "1. list <!-- comment --> &lt;b&gt; &amp; me@evil.example ~~strike~~ $x^2$ [^1]",
        sourceTitle: "[inner](https://evil.example) <b>bold</b>",
        sourceURL: "https://example.org/a?q=<script>|`x`)](javascript:alert(1))",
        actor: "<i>mallory</i>",
        error: "<script>x</script>|",
        documentURL: "javascript:alert(document.cookie)"
    )

    /// The article text: three paragraphs, the claim in the second.
    static func text(claim: String) -> String {
        "Dateline 2026-03-09\n\nFirst paragraph.\n\n\(claim) The end.\n\nLast paragraph.\n"
    }

    /// A document with two claims: one verified with sources and captures, one hedged and unverified.
    static func document(_ texts: Texts = benign) -> DocumentDetail {
        let text = text(claim: texts.claim)
        let scalars = Array(text.unicodeScalars)
        let claimStart = "Dateline 2026-03-09\n\nFirst paragraph.\n\n".unicodeScalars.count
        let claimEnd = claimStart + texts.claim.unicodeScalars.count
        let lastStart = claimEnd + " The end.\n\n".unicodeScalars.count
        let document = Document(
            id: 1,
            sha256: String(repeating: "ab", count: 32),
            origin: "articles/2026-03-09-openai.fr.txt",
            url: texts.documentURL,
            title: texts.title,
            lang: .fr,
            published: "2026-03-09",
            publisher: "News",
            author: nil,
            size: 1234,
            ingestedAt: "2026-03-09T10:00:00Z",
            toolVersion: "0.1.0",
            text: text
        )
        let verified = Claim(
            id: 3,
            documentId: 1,
            text: texts.claim,
            type: .statistic,
            status: .verified,
            score: 0.873,
            hedged: false,
            speaker: texts.speaker,
            numbers: [NumberValue(value: 1_500_000, text: "1.5 million")],
            dates: [DateValue(value: "2023", text: "in 2023")],
            signals: [Signal(name: "number", weight: 1.2)],
            fingerprint: "about 15 million",
            createdAt: "2026-03-09T10:00:01Z"
        )
        let supporting = SourceDetail(
            source: Source(
                id: 4,
                claimId: 3,
                url: texts.sourceURL,
                normalizedUrl: texts.sourceURL,
                stance: .supports,
                excerpt: texts.excerpt,
                title: texts.sourceTitle,
                note: texts.note,
                addedAt: "2026-03-10T09:00:00Z",
                addedBy: texts.actor
            ),
            captures: [
                Capture(
                    id: 7,
                    sourceId: 4,
                    requestedUrl: texts.sourceURL,
                    fetchedAt: "2026-03-10T09:01:00Z",
                    httpStatus: 200,
                    finalUrl: "https://moved.example/statement",
                    sha256: String(repeating: "cd", count: 32),
                    excerptFound: .absent
                )
            ]
        )
        let dead = SourceDetail(
            source: Source(
                id: 5,
                claimId: 3,
                url: "https://dead.example/page",
                normalizedUrl: "https://dead.example/page",
                stance: .context,
                excerpt: nil,
                title: nil,
                addedAt: "2026-03-10T09:02:00Z",
                addedBy: texts.actor
            ),
            captures: [
                Capture(
                    id: 8,
                    sourceId: 5,
                    requestedUrl: "https://dead.example/page",
                    fetchedAt: "2026-03-10T09:03:00Z",
                    error: texts.error,
                    errorDetail: texts.note
                )
            ]
        )
        let events = [
            Event(id: 10, claimId: 3, at: "2026-03-09T10:00:01Z", actor: "claimdesk", action: .extract),
            Event(
                id: 12,
                claimId: 3,
                at: "2026-03-10T09:30:00Z",
                actor: texts.actor,
                action: .status,
                field: "status",
                fromValue: "unverified",
                toValue: "verified",
                note: texts.note,
                isOverride: true
            ),
        ]
        let hedged = Claim(
            id: 6,
            documentId: 1,
            text: "Last paragraph.",
            type: .other,
            status: .unverified,
            score: 0.41,
            hedged: true,
            speaker: nil,
            numbers: [],
            dates: [],
            signals: [],
            fingerprint: "last paragraph",
            createdAt: "2026-03-09T10:00:01Z"
        )
        return DocumentDetail(
            document: document,
            claims: [
                ClaimDetail(
                    claim: hedged,
                    occurrences: [
                        Occurrence(
                            id: 21,
                            claimId: 6,
                            documentId: 1,
                            span: TextSpan(in: scalars, start: lastStart, end: lastStart + 15)
                        )
                    ],
                    events: [
                        Event(id: 11, claimId: 6, at: "2026-03-09T10:00:01Z", actor: "claimdesk", action: .extract)
                    ]
                ),
                ClaimDetail(
                    claim: verified,
                    occurrences: [
                        Occurrence(
                            id: 20,
                            claimId: 3,
                            documentId: 1,
                            span: TextSpan(in: scalars, start: claimStart, end: claimEnd)
                        )
                    ],
                    sources: [supporting, dead],
                    events: events,
                    links: [ClaimLink(id: 1, claimId: 3, linkedClaimId: 9, reason: "same numbers", score: 0.7)]
                ),
            ],
            events: [Event(id: 9, documentId: 1, at: "2026-03-09T10:00:00Z", actor: "claimdesk", action: .ingest)]
        )
    }
}
