public import ClaimDeskModel
import ClaimDeskExtraction
import ClaimDeskText
import Foundation

/// The text tools: extraction, segmentation, scoring and values on a text, storing nothing.
public enum TextTools {
    /// The language to read `text` in: `choice`, or the detected one when nil.
    public static func language(_ choice: Language?, for text: String) -> Language {
        choice ?? LanguageDetector.detect(text)
    }

    /// The claims of `text`, as ingest would extract them.
    public static func extract(_ text: String, language: Language, documentDate: String?) -> [ExtractedClaim] {
        ClaimExtractor(language: language, documentDate: documentDate).extract(from: text)
    }

    /// Loads what extraction needs (the check-worthiness model) ahead of the first extraction; run it beside
    /// reading the input.
    public static func prepareExtraction() {
        ClaimExtractor.loadModel()
    }

    /// The sentences of `text`, in order.
    public static func sentences(_ text: String, language: Language) -> [TextSpan] {
        SentenceSegmenter(language: language).segment(text)
    }

    /// The normalised numbers and dates of `text`.
    public static func values(_ text: String, language: Language) -> (numbers: [NumberValue], dates: [DateValue]) {
        ValueReader(language: language).read(text)
    }

    /// A check-worthiness scorer: the shipped model, or the weights in the JSON file at `modelPath`.
    ///
    /// - Throws: ``ClaimDeskError`` `.badInput` when the model file cannot be read or decoded.
    public static func scorer(language: Language, modelPath: String?) throws(ClaimDeskError) -> Scorer {
        guard let modelPath else { return Scorer(base: CheckworthinessScorer(language: language)) }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path: modelPath)
        } catch {
            throw .badInput(error, subject: modelPath)
        }
        do {
            let model = try JSONDecoder().decode(CheckworthinessModel.self, from: Data(bytes))
            return Scorer(base: CheckworthinessScorer(language: language, model: model))
        } catch {
            throw ClaimDeskError(.badInput, "\(modelPath) is not a check-worthiness model: \(error)", subject: modelPath)
        }
    }

    /// Scores sentences for check-worthiness.
    public struct Scorer: Sendable {
        let base: CheckworthinessScorer

        /// One score (0…1) per sentence, in document order; each also weighs its neighbours'.
        public func scores(_ sentences: [String]) -> [Double] {
            base.scores(sentences).map(\.score)
        }

        /// The named signals and hashed n-gram buckets of a sentence (for evaluation scripts).
        public func features(_ sentence: String) -> (named: [String], hashed: [Int]) {
            base.features(sentence)
        }
    }

    /// Timings of segmentation and extraction on one text.
    public struct BenchmarkResult: Sendable, Hashable {
        /// UTF-8 bytes of the text.
        public var bytes: Int
        /// Sentences found.
        public var sentences: Int
        /// Claims extracted.
        public var claims: Int
        /// Claim occurrences.
        public var occurrences: Int
        /// Seconds to segment.
        public var segmentSeconds: Double
        /// Seconds to extract on one thread (the fastest run).
        public var extractSeconds: Double
        /// Seconds to extract as `extract` does, lines read on every core for a long text (the fastest run).
        public var parallelSeconds: Double
    }

    /// Times sentence segmentation once and full extraction `runs` times on one thread and `runs` times as
    /// ``extract(_:language:documentDate:)`` runs it (the fastest of each is kept), after loading the model once.
    public static func benchmark(_ text: String, language: Language, runs: Int) -> BenchmarkResult {
        _ = ClaimExtractor(language: language).extract(from: "Le 9 mars 2026, 12 % des votes.")
        let clock = ContinuousClock()
        var sentences = 0
        let segmentTime = clock.measure { sentences = SentenceSegmenter(language: language).segment(text).count }
        var claims = 0
        var occurrences = 0
        var extractTime = Duration.seconds(1_000_000)
        var parallelTime = extractTime
        for _ in 0..<max(1, runs) {
            let time = clock.measure {
                let extracted = ClaimExtractor(language: language).extract(from: text, producers: 0)
                claims = extracted.count
                occurrences = extracted.reduce(0) { $0 + $1.occurrences.count }
            }
            extractTime = min(extractTime, time)
            parallelTime = min(parallelTime, clock.measure { _ = ClaimExtractor(language: language).extract(from: text) })
        }
        func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        return BenchmarkResult(
            bytes: text.utf8.count,
            sentences: sentences,
            claims: claims,
            occurrences: occurrences,
            segmentSeconds: seconds(segmentTime),
            extractSeconds: seconds(extractTime),
            parallelSeconds: seconds(parallelTime)
        )
    }
}
