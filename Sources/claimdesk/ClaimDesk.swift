import ArgumentParser
import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import ClaimDeskText

@main
struct ClaimDesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimdesk",
        abstract: "Extract, track and review check-worthy claims in news articles.",
        version: ToolVersion.current,
        subcommands: [TrainCheckworthiness.self, Values.self, Benchmark.self],
        groupedSubcommands: [
            CommandGroup(
                name: "Workspace",
                subcommands: [Init.self, Ingest.self, Docs.self, Claims.self, Import.self, Migrate.self]
            ),
            CommandGroup(
                name: "Review",
                subcommands: [SourceCommand.self, Verify.self, Dispute.self, Mark.self, History.self, Audit.self]
            ),
            CommandGroup(name: "Reports and exports", subcommands: [Report.self, Export.self]),
            CommandGroup(name: "Browser", subcommands: [Serve.self, Users.self]),
            CommandGroup(
                name: "Text tools (nothing stored)",
                subcommands: [Extract.self, Sentences.self, Checkworthiness.self, PageTextCommand.self]
            ),
        ]
    )
}
