import ArgumentParser
import ClaimDeskKit

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
            let text = try input.read()
            let language = input.lang.resolve(for: text)
            let bytes = text.utf8.count
            // Load the model once before timing (a one-time cost, not a per-text one).
            _ = ClaimExtractor(language: language).extract(from: "Le 9 mars 2026, 12 % des votes.")
            let clock = ContinuousClock()
            var sentences = 0
            let segmentTime = clock.measure {
                sentences = SentenceSegmenter(language: language).segment(text).count
            }
            var claims = 0
            var occurrences = 0
            var extractTime = Duration.seconds(1_000_000)
            for _ in 0..<max(1, runs) {
                let time = clock.measure {
                    let extracted = ClaimExtractor(language: language).extract(from: text)
                    claims = extracted.count
                    occurrences = extracted.reduce(0) { $0 + $1.occurrences.count }
                }
                extractTime = min(extractTime, time)
            }
            func seconds(_ d: Duration) -> Double {
                Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            }
            print(
                """
                {"bytes": \(bytes), "sentences": \(sentences), "claims": \(claims), "occurrences": \(occurrences), \
                "segment_seconds": \(seconds(segmentTime)), "extract_seconds": \(seconds(extractTime))}
                """
            )
        }
    }
}
