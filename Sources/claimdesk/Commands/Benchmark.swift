import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser

extension ClaimDesk {
    /// Times segmentation and full extraction on a text, after reading and normalising it.
    struct Benchmark: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time sentence segmentation and claim extraction on a text (used by Evaluation/).",
            shouldDisplay: false
        )

        @OptionGroup var input: TextInput

        @Option(help: "Extraction runs (the fastest is reported; more runs help profiling).")
        var runs: Int = 1

        func run() async throws {
            let (text, language) = try input.read()
            let result = TextTools.benchmark(text, language: language, runs: runs)
            Output.line(
                """
                {"bytes": \(result.bytes), "sentences": \(result.sentences), "claims": \(result.claims), \
                "occurrences": \(result.occurrences), "segment_seconds": \(result.segmentSeconds), \
                "extract_seconds": \(result.extractSeconds), "extract_parallel_seconds": \(result.parallelSeconds)}
                """
            )
        }
    }
}
