import ArgumentParser
import ClaimDeskService

extension ClaimDesk {
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Update an existing workspace's database to this version's schema.",
            discussion: """
                Commands that record something do this on their own; read-only commands (lists, shows, exports) \
                never write, and ask for it when the schema is older than this build.
                """
        )

        @OptionGroup var options: WorkspaceOptions

        func run() async throws {
            _ = try options.open()
            Output.line("schema up to date: \(options.workspace.databasePath)")
        }
    }
}
