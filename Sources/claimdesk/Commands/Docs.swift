import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser

extension ClaimDesk {
    struct Docs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List and show ingested documents.",
            subcommands: [List.self, Show.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the documents with their provenance.")

            @OptionGroup var options: WorkspaceOptions
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let documents = try await options.read().documents()
                if json {
                    try Output.json(documents.map { DocumentJSON($0.document, claims: $0.claims, includeText: false) })
                    return
                }
                if documents.isEmpty {
                    Output.line("No documents yet: `claimdesk ingest FILE` adds one.")
                    return
                }
                let rows = documents.map { summary in
                    let document = summary.document
                    return [
                        PublicID.format(optional: document.id, as: .document) ?? "",
                        document.lang.rawValue,
                        document.published ?? "-",
                        String(summary.claims),
                        String(document.sha256.prefix(12)),
                        TextTable.truncate(document.title ?? document.origin, to: 60),
                    ]
                }
                Output.line(
                    TextTable(headers: ["ID", "LANG", "PUBLISHED", "CLAIMS", "SHA256", "TITLE/ORIGIN"], rows: rows)
                        .render()
                )
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a document's provenance and stored text.")

            @OptionGroup var options: WorkspaceOptions
            @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: DocumentID
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let summary = try await options.read().document(id: document.id)
                let found = summary.document
                let claims = summary.claims
                if json {
                    try Output.json(DocumentJSON(found, claims: claims, includeText: true))
                    return
                }
                var lines = [
                    "Document \(document)",
                    "  title:      \(found.title ?? "-")",
                    "  origin:     \(found.origin)",
                    "  url:        \(found.url ?? "-")",
                    "  language:   \(found.lang.rawValue)",
                    "  published:  \(found.published ?? "-")",
                    "  publisher:  \(found.publisher ?? "-")",
                    "  author:     \(found.author ?? "-")",
                    "  sha256:     \(found.sha256) (\(found.size) bytes as received)",
                    "  ingested:   \(found.ingestedAt) by ClaimDesk \(found.toolVersion)",
                    "  claims:     \(claims)",
                ]
                if let previous = found.previousVersionId {
                    lines.append("  replaces:   \(PublicID.format(previous, as: .document))")
                }
                lines += ["", found.text]
                Output.line(lines.joined(separator: "\n"))
            }
        }
    }
}
