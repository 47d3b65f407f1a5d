import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser
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
                    DIR (default: Claims/ next to the database) gets one file per document and _workspace.json \
                    with the signed head and the list of files written; only files of that list are ever replaced \
                    or removed, a non-empty folder without a ledger is refused, and symbolic links are never \
                    followed. `claimdesk import DIR` rebuilds the database from it.
                    """
            )

            @OptionGroup var options: WorkspaceOptions
            @Argument(help: ArgumentHelp("The ledger folder.", valueName: "dir")) var dir: String?

            func run() async throws {
                let export = try await options.open().exportLedger(to: dir)
                for file in export.files { Output.line("\(file.change.rawValue) \(file.path)") }
                Output.line("ledger: \(export.documents) documents, \(export.claims) claims in \(export.folder)")
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
                try FileOutput.write(try await options.read().claimReviewJSON(), to: out ?? "-")
            }
        }

        struct CSV: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print one CSV row per claim (RFC 4180, UTF-8, CRLF)."
            )

            @OptionGroup var options: WorkspaceOptions
            @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var out: String?

            func run() async throws {
                try FileOutput.write(try await options.read().csv(), to: out ?? "-")
            }
        }

        struct JSON: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print every document with its claims, sources, captures and history as JSON."
            )

            @OptionGroup var options: WorkspaceOptions
            @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var out: String?

            func run() async throws {
                try FileOutput.write(try await options.read().json(), to: out ?? "-")
            }
        }
    }
}
