import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import Foundation
import Hummingbird

/// `/reports`: the index report and each document's report rendered as HTML, and downloads of every report,
/// export and ledger file (exports and the ledger: editors only in team mode).
struct ReportRoutes {
    let service: ClaimDeskService

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get { _, context -> Page in
            let index = try await service.report(documentId: nil, options: options)
            let summaries = try await service.documents()
            let documents = summaries.map { summary -> HTML in
                let id = Fragments.documentID(summary.document)
                return """
                    <li><a href="/reports/\(id)">\(summary.document.title ?? summary.document.origin)</a> \
                    (<a href="/reports/\(id).md" download>Markdown</a>)</li>
                    """
            }
            let body: HTML = """
                <h1>Reports and exports</h1>
                <ul class="downloads">
                <li><a href="/reports/index.md" download>Index report (Markdown)</a></li>
                \(Self.exports(context, summaries.map(\.document)))
                </ul>
                <h2>Per document</h2>
                <ul class="downloads">\(documents)</ul>
                <section class="report" aria-label="Index report">\(ReportHTML.render(index))</section>
                """
            return Page(Layout.page("Reports", context: context, body: body))
        }
        group.get("ledger/:name") { _, context -> Response in
            try context.require(.publish)
            let name = context.parameters.get("name") ?? ""
            guard let data = try await service.ledgerFiles()[name] else {
                throw WebError(.notFound, "The ledger has no file called “\(name)”.")
            }
            return Self.download(data, name, "application/json")
        }
        group.get(":file") { _, context -> Response in
            let file = context.parameters.get("file") ?? ""
            switch file {
            case "index.md":
                let text = try await service.report(documentId: nil, options: options)
                return Self.download(Data(text.utf8), file, "text/markdown")
            case "claims.csv", "claims.json", "claimreview.jsonld":
                try context.require(.publish)
                return try await Self.export(service, file)
            default:
                if let id = PublicID.parse(file, as: .document) {
                    return try await page(id, context: context).response
                }
                guard file.hasSuffix(".md"), let id = PublicID.parse(String(file.dropLast(3)), as: .document) else {
                    throw WebError(.notFound, "There is no report called “\(file)”.")
                }
                let text = try await service.report(documentId: id, options: options)
                return Self.download(Data(text.utf8), file, "text/markdown")
            }
        }
    }

    /// Reports are dated now.
    private var options: MarkdownReport.Options { MarkdownReport.Options(generatedAt: service.clock.now()) }

    /// A document's report as a page.
    private func page(_ id: Int64, context: WebContext) async throws -> Page {
        let text = try await service.report(documentId: id, options: options)
        let documentId = PublicID.format(id, as: .document)
        let body: HTML = """
            <p><a href="/reports">← Reports</a> · <a href="/documents/\(documentId)">the document</a> · \
            <a href="/reports/\(documentId).md" download>Markdown</a></p>
            <section class="report" aria-label="Report">\(ReportHTML.render(text))</section>
            """
        return Page(Layout.page("Report \(documentId)", context: context, body: body))
    }

    /// The export and ledger links, or who may download them.
    static func exports(_ context: WebContext, _ documents: [Document]) -> HTML {
        guard context.may(.publish) else {
            return """
                <li class="muted" id="exports-editors">Exports (CSV, JSON, ClaimReview) and the ledger are published \
                by editors.</li>
                """
        }
        let ledger = documents.compactMap(\.slug).map { slug -> HTML in
            "<li><a href=\"/reports/ledger/\(slug).json\" download>\(slug).json</a></li>"
        }
        return """
            <li><a href="/reports/claims.csv" download>Claims (CSV)</a></li>
            <li><a href="/reports/claims.json" download>Everything (JSON)</a></li>
            <li><a href="/reports/claimreview.jsonld" download>Verdicts (ClaimReview JSON-LD)</a></li>
            <li>The ledger (what <code>claimdesk export</code> writes to <code>Claims/</code>): \
            <a href="/reports/ledger/\(Ledger.workspaceFileName)" download>\(Ledger.workspaceFileName)</a> (the signed \
            head)<ul>\(ledger)</ul></li>
            """
    }

    /// An export: what leaves the newsroom (editors only in team mode).
    static func export(_ service: ClaimDeskService, _ file: String) async throws -> Response {
        switch file {
        case "claims.csv":
            return Self.download(Data(try await service.csv().utf8), file, "text/csv")
        case "claims.json":
            return Self.download(try await service.json(), file, "application/json")
        case "claimreview.jsonld":
            return Self.download(try await service.claimReviewJSON(), file, "application/ld+json")
        default:
            throw WebError(.notFound, "There is no export called “\(file)”.")
        }
    }

    /// A file download (an attachment, never rendered by the browser).
    static func download(_ data: Data, _ name: String, _ type: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "\(type); charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(name)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
