import ArgumentParser
import ClaimDeskKit
import Foundation

extension ClaimDesk {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the workspace: the Claims/ ledger, ClaimReview JSON-LD, CSV or JSON.",
            subcommands: [LedgerExport.self, ClaimReviewCommand.self, CSV.self, JSON.self]
        )

        struct LedgerExport: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "ledger",
                abstract: "Write the ledger: one JSON file per document, plus _workspace.json.",
                discussion: """
                    DIR (default: Claims/ next to the database) then mirrors the database: ledger files of \
                    documents no longer there are removed. `claimdesk import DIR` rebuilds the database from it.
                    """
            )

            @OptionGroup var options: WorkspaceOptions
            @Argument(help: ArgumentHelp("The ledger folder.", valueName: "dir")) var dir: String?

            func run() async throws {
                let store = try options.openStore()
                let folder = dir ?? options.workspace.claimsDirectory
                let (documents, workspace) = try store.ledger()
                let files = try Ledger.export(documents, workspace: workspace)
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                for name in existing where name.hasSuffix(".json") && files[name] == nil {
                    try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
                    print("removed \(name)")
                }
                for name in files.keys.sorted() {
                    let path = (folder as NSString).appendingPathComponent(name)
                    let data = files[name] ?? Data()
                    if FileManager.default.contents(atPath: path) == data { continue }
                    try FileOutput.write(data, to: path)
                    print("wrote \(path)")
                }
                print(
                    "ledger: \(documents.count) documents, \(documents.map(\.claims.count).reduce(0, +)) claims in \(folder)"
                )
            }
        }

        struct ClaimReviewCommand: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "claimreview",
                abstract: "Print schema.org ClaimReview JSON-LD for every claim with a verdict.",
                discussion: """
                    The reviewing organisation comes from `claimdesk init --organisation NAME --organisation-url URL`; \
                    each review's url is <organisation-url>/<document-slug>#c<id> (setting `claimreview.url` \
                    overrides the base). Ratings: verified 5 True, misleading 3 Misleading, disputed 2 Disputed, \
                    false 1 False, unverifiable (textual only) Unverifiable.
                    """
            )

            @OptionGroup var options: WorkspaceOptions
            @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var out: String?

            func run() async throws {
                let store = try options.openStore()
                guard let name = try store.setting("organisation.name") else {
                    throw ValidationError(
                        "ClaimReview needs the reviewing organisation: run `claimdesk init --organisation NAME "
                            + "--organisation-url URL`"
                    )
                }
                let publisher = ClaimReviewExport.Publisher(
                    name: name,
                    url: try store.setting("organisation.url"),
                    reviewBaseURL: try store.setting("claimreview.url")
                )
                try FileOutput.write(
                    try ClaimReviewExport.export(try store.allDocumentDetails(), publisher: publisher),
                    to: out ?? "-"
                )
            }
        }

        struct CSV: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print one CSV row per claim (RFC 4180, UTF-8, CRLF)."
            )

            @OptionGroup var options: WorkspaceOptions
            @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var out: String?

            func run() async throws {
                let store = try options.openStore()
                try FileOutput.write(CSVExport.export(try store.allDocumentDetails()), to: out ?? "-")
            }
        }

        struct JSON: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print every document with its claims, sources, captures and history as JSON."
            )

            @OptionGroup var options: WorkspaceOptions
            @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var out: String?

            func run() async throws {
                let store = try options.openStore()
                try FileOutput.write(try JSONExport.export(try store.allDocumentDetails()), to: out ?? "-")
            }
        }
    }
}
