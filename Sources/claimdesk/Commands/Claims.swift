import ArgumentParser
import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import ClaimDeskText

extension ClaimDesk {
    struct Claims: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show, search and curate claims.",
            subcommands: [List.self, Show.self, Search.self, Edit.self, Add.self, Merge.self]
        )

        static func table(_ claims: [ClaimDetail]) -> String {
            let rows = claims.map { detail in
                let claim = detail.claim
                return [
                    PublicID.format(optional: claim.id, as: .claim) ?? "",
                    PublicID.format(claim.documentId, as: .document),
                    claim.type.rawValue,
                    claim.status.rawValue,
                    NumberText.twoDecimals(claim.score),
                    claim.hedged ? "hedged" : "",
                    String(detail.occurrences.count),
                    TextTable.truncate(claim.speaker ?? "", to: 20),
                    TextTable.truncate(claim.text, to: 80),
                ]
            }
            return TextTable(
                headers: ["ID", "DOC", "TYPE", "STATUS", "SCORE", "HEDGED", "OCC", "SPEAKER", "TEXT"],
                rows: rows
            ).render()
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List claims.")

            @OptionGroup var options: WorkspaceOptions
            @Option(help: ArgumentHelp("Only claims of this document.", valueName: "doc")) var doc: DocumentID?
            @Option(help: "Only claims with this status.") var status: ClaimStatus?
            @Option(help: "Only claims of this type.") var type: ClaimType?
            @Flag(help: "Include claims merged into others.") var merged = false
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let filter = ClaimFilter(documentId: doc?.id, status: status, type: type, includeMerged: merged)
                if json {
                    // Streamed a page at a time: the whole workspace can be listed without holding it in memory.
                    let output = ClaimJSONOutput()
                    try await options.read().claims(filter, pageSize: 500) { page in try output.write(page) }
                    try output.finish()
                    return
                }
                let claims = try await options.read().claims(filter)
                if claims.isEmpty {
                    Output.line("No claims match.")
                } else {
                    Output.line(Claims.table(claims))
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show a claim: where it occurs, why it scored, its sources, links and history."
            )

            @OptionGroup var options: WorkspaceOptions
            @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: ClaimID
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let detail = try await options.read().claimDetail(id: claim.id)
                if json {
                    try Output.json(ClaimJSON(detail))
                } else {
                    Output.line(ClaimDetailText.render(detail))
                }
            }
        }

        struct Search: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Full-text search over claims (case- and accent-insensitive, ranked)."
            )

            @OptionGroup var options: WorkspaceOptions
            @Argument(help: "Words to find; every word must match (as a prefix).") var query: String
            @Option(help: "At most this many results.") var limit = 50
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let claims = try await options.read().search(query, limit: limit)
                if json {
                    try Output.json(claims.map(ClaimJSON.init))
                } else if claims.isEmpty {
                    Output.line("No claim matches '\(query)'.")
                } else {
                    Output.line(Claims.table(claims))
                }
            }
        }
    }
}
