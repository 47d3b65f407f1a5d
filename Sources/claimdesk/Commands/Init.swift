import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser

extension ClaimDesk {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a workspace: the database, Claims/ and Reports/.",
            discussion: "Safe to run again: an existing workspace is left as it is."
        )

        @OptionGroup var options: WorkspaceOptions

        @Option(help: "The reviewing organisation's name (used as the ClaimReview author).")
        var organisation: String?

        @Option(name: .customLong("organisation-url"), help: "The reviewing organisation's URL.")
        var organisationURL: String?

        func run() async throws {
            let workspace = options.workspace
            let (service, created) = try options.create()
            try await service.setOrganisation(name: organisation, url: organisationURL)
            Output.line(
                created
                    ? "Created workspace: \(workspace.databasePath) (ledger \(workspace.claimsDirectory), reports \(workspace.reportsDirectory))"
                    : "Workspace already exists: \(workspace.databasePath)"
            )
        }
    }
}
