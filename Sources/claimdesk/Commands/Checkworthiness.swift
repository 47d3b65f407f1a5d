import ArgumentParser
import ClaimDeskKit
import Foundation

extension ClaimDesk {
    /// Scores each input line (one sentence per line) for check-worthiness.
    struct Checkworthiness: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a check-worthiness score (0…1) for each input line.",
            discussion: "Reads one sentence per line and prints one score per line, in order, for evaluation."
        )

        @OptionGroup var input: TextInput

        func run() async throws {
            let text = try input.read()
            let scorer = CheckworthinessScorer(language: input.lang.resolve(for: text))
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last?.isEmpty == true { lines.removeLast() }
            var output = ""
            for line in lines {
                output += String(format: "%.6f\n", scorer.score(String(line)).score)
            }
            print(output, terminator: "")
        }
    }
}
