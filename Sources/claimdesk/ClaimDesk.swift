import ArgumentParser
import ClaimDeskKit

@main
struct ClaimDesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimdesk",
        abstract: "Extract, track and review check-worthy claims in news articles.",
        version: ToolVersion.current,
        subcommands: [
            Init.self,
            Ingest.self,
            Docs.self,
            Claims.self,
            SourceCommand.self,
            Verify.self,
            Dispute.self,
            Mark.self,
            History.self,
            Audit.self,
            Report.self,
            Export.self,
            Import.self,
        ]
    )
}
