import ArgumentParser
import ClaimDeskKit

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
                let store = try options.openStore()
                let counts = try store.claimCounts()
                let documents = try store.documents()
                if json {
                    try Output.json(
                        documents.map { DocumentJSON($0, claims: counts[$0.id ?? 0] ?? 0, includeText: false) }
                    )
                    return
                }
                if documents.isEmpty {
                    print("No documents yet: `claimdesk ingest FILE` adds one.")
                    return
                }
                let rows = documents.map { document in
                    [
                        PublicID.format(optional: document.id, as: .document) ?? "",
                        document.lang.rawValue,
                        document.published ?? "-",
                        String(counts[document.id ?? 0] ?? 0),
                        String(document.sha256.prefix(12)),
                        TextTable.truncate(document.title ?? document.origin, to: 60),
                    ]
                }
                print(
                    TextTable(headers: ["ID", "LANG", "PUBLISHED", "CLAIMS", "SHA256", "TITLE/ORIGIN"], rows: rows)
                        .render()
                )
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a document's provenance and stored text.")

            @OptionGroup var options: WorkspaceOptions
            @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let id = try parseID(document, as: .document, what: "document")
                let store = try options.openStore()
                let found = try store.document(id: id)
                let claims = try store.claimCounts()[id] ?? 0
                if json {
                    try Output.json(DocumentJSON(found, claims: claims, includeText: true))
                    return
                }
                var lines = [
                    "Document \(PublicID.format(id, as: .document))",
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
                print(lines.joined(separator: "\n"))
            }
        }
    }
}
