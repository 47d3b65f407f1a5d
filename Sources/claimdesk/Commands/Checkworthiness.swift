import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser
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
            let (text, language) = try input.read()
            let scorer = try TextTools.scorer(language: language, modelPath: model)
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
                for score in scorer.scores(lines.map(String.init)) {
                    output += String(format: "%.6f\n", score)
                }
            }
            Output.line(output, terminator: "")
        }
    }
}
