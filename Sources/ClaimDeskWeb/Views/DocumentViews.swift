import ClaimDeskModel
import ClaimDeskService
import Foundation

/// The documents list and the document view.
enum DocumentViews {
    /// The paginated list of documents with their claims by status, and the filters above it.
    static func list(_ page: DocumentPage, filter: DocumentFilter = DocumentFilter(), publishers: [String] = []) -> HTML
    {
        let rows = page.entries.map { entry -> HTML in
            let document = entry.document
            let id = Fragments.documentID(document)
            let title = document.title ?? document.origin
            return """
                <tr><td><a href="/documents/\(id)">\(title)</a></td><td>\(document.publisher ?? "")</td>\
                <td>\(document.published ?? "")</td><td>\(document.lang.rawValue)</td>\
                <td>\(entry.claims)</td><td>\(Fragments.statusBar(entry.statusCounts))</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? (filter == DocumentFilter()
                ? "<p>No documents yet. Ingest one with <code>claimdesk ingest FILE</code> or run <code>make demo</code>.</p>"
                : "<p>No document matches these filters.</p>")
            : """
            <table class="documents"><caption class="sr-only">Documents</caption>
            <thead><tr><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Published</th>\
            <th scope="col">Language</th><th scope="col">Claims</th><th scope="col">By status</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return """
            <h1>Documents</h1>
            \(DocumentFilters.form(filter, publishers: publishers))
            <div id="documents-list" data-live>
            <p class="muted">\(page.total) documents · page \(page.page) of \(page.pageCount)</p>
            \(table)
            </div>
            \(DocumentFilters.pager(page, filter: filter))
            """
    }

    /// The form that ingests pasted text or an uploaded file (the same ingest, provenance and errors as
    /// `claimdesk ingest`).
    static func ingestForm(csrf: HTML) -> HTML {
        """
        <form method="post" action="/documents" class="ingest-form" id="ingest-form" enctype="multipart/form-data">
        <h2>Ingest an article</h2>
        \(csrf)
        <label for="ingest-title">Title</label>
        <input id="ingest-title" name="title">
        <label for="ingest-url">Canonical URL (recorded, not fetched)</label>
        <input id="ingest-url" name="url" type="url">
        <label for="ingest-file">A text file (UTF-8)</label>
        <input id="ingest-file" name="file" type="file" accept=".txt,.md,text/plain">
        <label for="ingest-text">or the text, pasted</label>
        <textarea id="ingest-text" name="text" rows="6"></textarea>
        <button type="submit">Ingest</button>
        </form>
        """
    }

    /// How the claim list beside the article is ordered and filtered.
    struct ListOptions: Sendable, Hashable {
        var byScore = false
        var status: ClaimStatus?
        var type: ClaimType?
        var hedgedOnly = false
        var speaker: String?

        /// Whether a claim passes the filters (speaker: case-insensitive substring).
        func keeps(_ claim: Claim) -> Bool {
            if let status, claim.status != status { return false }
            if let type, claim.type != type { return false }
            if hedgedOnly, !claim.hedged { return false }
            if let speaker {
                guard let name = claim.speaker, name.localizedCaseInsensitiveContains(speaker) else { return false }
            }
            return true
        }
    }

    /// The article with its claims highlighted, and the claim list beside it.
    ///
    /// - Parameter addClaim: the add-claim form (or ``HTML/Template/hole``, to fill in later).
    static func detail(_ detail: DocumentDetail, options: ListOptions, addClaim: HTML) -> HTML {
        let document = detail.document
        let id = Fragments.documentID(document)
        let article = ArticleHighlighter.render(
            document.text,
            marks: ArticleHighlighter.marks(of: detail.claims, in: document.id ?? 0)
        )
        var claims = detail.claims
        claims = claims.filter { options.keeps($0.claim) }
        if options.byScore { claims.sort { $0.claim.score > $1.claim.score } }
        let meta = [document.publisher, document.published, document.author, document.lang.rawValue]
            .compactMap { $0 }.joined(separator: " · ")
        let source: HTML = document.url.map { " · " + SafeLink.external($0) } ?? .empty
        let statusOptions = ClaimStatus.allCases.map { status -> HTML in
            let selected: HTML = options.status == status ? " selected" : ""
            return "<option value=\"\(status.rawValue)\"\(selected)>\(FormWording.label(status))</option>"
        }
        let sortScore: HTML = options.byScore ? " selected" : ""
        let typeOptions = ClaimType.allCases.map { type -> HTML in
            let selected: HTML = options.type == type ? " selected" : ""
            return "<option value=\"\(type.rawValue)\"\(selected)>\(type.rawValue)</option>"
        }
        let hedged: HTML = options.hedgedOnly ? " checked" : ""
        return """
            <h1>\(document.title ?? document.origin)</h1>
            <p class="muted">\(id) · \(meta)\(source)</p>
            <div class="workbench">
            <article class="article" id="article" data-document="\(id)" lang="\(document.lang.rawValue)" data-live>\
            \(article)</article>
            <aside class="claims" aria-label="Claims">
            <h2>Claims (\(claims.count))</h2>
            <form method="get" action="/documents/\(id)" class="filters">
            <label>Order <select name="sort"><option value="position">by position</option>\
            <option value="score"\(sortScore)>by score</option></select></label>
            <label>Status <select name="status"><option value="">any</option>\(statusOptions)</select></label>
            <label>Type <select name="type"><option value="">any</option>\(typeOptions)</select></label>
            <label>Speaker <input name="speaker" value="\(options.speaker)"></label>
            <label class="inline"><input type="checkbox" name="hedged"\(hedged)> hedged only</label>
            <button type="submit">Apply</button>
            </form>
            <ol class="claim-list" id="document-claims" data-live>\(claims.map { Fragments.claimRow($0) })</ol>
            \(addClaim)
            </aside>
            </div>
            """
    }

    /// The form that adds a claim the extractor missed, from a quote (pasted, or filled from a selection by the
    /// script, which also sends the selection's UTF-16 offsets).
    static func addClaimForm(
        _ documentId: String,
        csrf: HTML,
        quote: String = "",
        note: String = "",
        error: String? = nil
    )
        -> HTML
    {
        let message: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        return """
            <form method="post" action="/documents/\(documentId)/claims" class="add-claim" id="add-claim">
            <h2>Add a missed claim</h2>
            \(csrf)
            <input type="hidden" name="start16" id="start16"><input type="hidden" name="end16" id="end16">
            <label for="quote">Quote (exactly as in the article; select text in the article to fill it)</label>
            <textarea id="quote" name="quote" rows="3" required>\(quote)</textarea>
            <label for="claim-note">Note</label>
            <input id="claim-note" name="note" value="\(note)">
            \(message)
            <button type="submit">Add claim</button>
            </form>
            """
    }
}
