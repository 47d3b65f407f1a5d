import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import Foundation
import Hummingbird

/// `/reports`: the index report on the page, and downloads of every report and export.
struct ReportRoutes {
    let service: ClaimDeskService

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get { _, context -> Page in
            let options = MarkdownReport.Options(generatedAt: service.clock.now())
            let index = try await service.report(documentId: nil, options: options)
            let documents = try await service.documents().map { summary -> HTML in
                let id = Fragments.documentID(summary.document)
                return
                    "<li><a href=\"/reports/\(id).md\" download>\(summary.document.title ?? summary.document.origin)</a> (Markdown)</li>"
            }
            let exports: HTML =
                context.may(.publish)
                ? """
                <li><a href="/reports/claims.csv" download>Claims (CSV)</a></li>
                <li><a href="/reports/claims.json" download>Everything (JSON)</a></li>
                <li><a href="/reports/claimreview.jsonld" download>Verdicts (ClaimReview JSON-LD)</a></li>
                """
                : "<li class=\"muted\" id=\"exports-editors\">Exports (CSV, JSON, ClaimReview) are published by editors.</li>"
            let body: HTML = """
                <h1>Reports and exports</h1>
                <ul class="downloads">
                <li><a href="/reports/index.md" download>Index report (Markdown)</a></li>
                \(exports)
                </ul>
                <h2>Per document</h2>
                <ul class="downloads">\(documents)</ul>
                <h2>Index report</h2>
                <pre class="report">\(index)</pre>
                """
            return Page(Layout.page("Reports", context: context, body: body))
        }
        group.get(":file") { _, context -> Response in
            let file = context.parameters.get("file") ?? ""
            let options = MarkdownReport.Options(generatedAt: service.clock.now())
            switch file {
            case "index.md":
                return Self.download(
                    Data(try await service.report(documentId: nil, options: options).utf8),
                    file,
                    "text/markdown"
                )
            case "claims.csv", "claims.json", "claimreview.jsonld":
                try context.require(.publish)
                return try await Self.export(service, file)
            default:
                guard file.hasSuffix(".md"), let id = PublicID.parse(String(file.dropLast(3)), as: .document) else {
                    throw WebError(.notFound, "There is no report called “\(file)”.")
                }
                let text = try await service.report(documentId: id, options: options)
                return Self.download(Data(text.utf8), file, "text/markdown")
            }
        }
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
