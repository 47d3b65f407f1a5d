import ArgumentParser
import ClaimDeskKit
import Foundation

extension ClaimDesk {
    /// Scores each input line (one sentence per line) for check-worthiness.
    struct Checkworthiness: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a check-worthiness score (0…1) for each input line.",
            discussion: """
                Reads one sentence per line, in document order, and prints one score per line for evaluation. \
                Each score also weighs the neighbouring lines' scores.
                """
        )

        @OptionGroup var input: TextInput

        @Option(
            help: ArgumentHelp(
                "Use the model weights in this JSON file instead of the shipped ones.",
                visibility: .hidden
            )
        )
        var model: String?

        @Flag(help: ArgumentHelp("Print each line's named signals and n-gram buckets instead.", visibility: .hidden))
        var dumpFeatures = false

        func run() async throws {
            let text = try input.read()
            let language = input.lang.resolve(for: text)
            var scorer = CheckworthinessScorer(language: language)
            if let model {
                let data = try Data(contentsOf: URL(fileURLWithPath: model))
                scorer = CheckworthinessScorer(
                    language: language,
                    model: try JSONDecoder().decode(CheckworthinessModel.self, from: data)
                )
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last?.isEmpty == true { lines.removeLast() }
            var output = ""
            if dumpFeatures {
                for line in lines {
                    let (named, hashed) = scorer.features(String(line))
                    output +=
                        named.joined(separator: ",") + "\t" + hashed.map(String.init).joined(separator: " ") + "\n"
                }
            } else {
                for scored in scorer.scores(lines.map(String.init)) {
                    output += String(format: "%.6f\n", scored.score)
                }
            }
            print(output, terminator: "")
        }
    }
}
