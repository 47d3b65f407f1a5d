import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser
import Foundation

extension ClaimDesk {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild a workspace database from a ledger folder.",
            discussion: """
                Reads every *.json file of DIR, checks each (JSON syntax, fields, quotes against the stored text, \
                ids, event hashes) and the hash chain across all of them, then writes everything in one \
                transaction. The database must be new or empty. A broken file is refused with its file, \
                line:column and the reason, and nothing is imported.
                """
        )

        @OptionGroup var options: WorkspaceOptions
        @Argument(help: ArgumentHelp("The ledger folder (usually Claims/).", valueName: "dir")) var dir: String

        func run() async throws {
            let contents = try ClaimDeskService.readLedger(folder: dir)
            let summary = try await options.create().service.importLedger(contents)
            Output.line("imported \(summary.documents) documents, \(summary.claims) claims from \(dir); history verified")
        }
    }
}
