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
                ids, event hashes) and the hash chain across all of them, replays the history and refuses any \
                value that disagrees with it, and checks that the events end at the signed head of \
                _workspace.json; then writes everything in one transaction. The database must be new or empty. \
                A broken file is refused with its file, line:column and the reason, and nothing is left behind.
                """
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions
        @Argument(help: ArgumentHelp("The ledger folder (usually Claims/).", valueName: "dir")) var dir: String
        @Option(
            help: ArgumentHelp(
                "The public key (hex) the ledger's head must be signed with.",
                discussion: "Default: the workspace's own key ($CLAIMDESK_SIGNING_KEY or the key file next to the "
                    + "database), when it has one; else any valid signature is accepted and its key printed.",
                valueName: "hex"
            )
        )
        var trustedKey: String?

        func run() async throws {
            let summary = try await ClaimDeskService.importLedger(
                folder: dir,
                into: options.workspace,
                trustedKey: trustedKey,
                actor: reviewer.name,
                logger: CommandLogging.logger
            )
            Output.line("imported \(summary.documents) documents, \(summary.claims) claims from \(dir); history verified")
            if summary.isSigned {
                Output.line("head \(summary.head) signed by key \(summary.head.publicKey ?? "?")")
            } else {
                Output.line("head \(summary.head) UNSIGNED (ledger format 1): compare it with a head published before")
            }
        }
    }
}
