import ArgumentParser
import ClaimDeskKit

@main
struct ClaimDesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimdesk",
        abstract: "Extract, track and review check-worthy claims in news articles.",
        version: "0.1.0",
        subcommands: [
            Sentences.self, Checkworthiness.self, Extract.self, TrainCheckworthiness.self, Values.self, Benchmark.self,
        ]
    )
}
