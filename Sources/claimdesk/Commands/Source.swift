import ArgumentParser

extension ClaimDesk {
    struct Source: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch, archive and check the sources of claims.",
            subcommands: [SourceFetch.self]
        )
    }
}
