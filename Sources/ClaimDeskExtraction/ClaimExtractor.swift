public import ClaimDeskModel
import ClaimDeskText
internal import Foundation

/// Finds the check-worthy claims of a normalised text: statistics, quotes, attributions, events,
/// comparisons and predictions, with their speaker, normalised numbers and dates, hedging and a score.
///
/// The text is read line by line (a line is a paragraph). In each line, direct quotations that stand on
/// their own ("Selon X, « … »", "« … », a déclaré X", "X a écrit : « … »") are split into sentence-level
/// quote claims carrying the speaker; other sentences become claims when they hold something checkable.
/// The same claim repeated, or nearly repeated, is one ``ExtractedClaim`` with several occurrences.
public struct ClaimExtractor: Sendable {
    /// The text's language.
    public var language: Language
    /// The document's publication date (ISO 8601), used to resolve dates without a year.
    public var documentDate: String?

    /// Creates an extractor.
    public init(language: Language, documentDate: String? = nil) {
        self.language = language
        self.documentDate = documentDate
    }

    /// Extracts the claims of `text`, which must already be normalised (NFC, LF line endings).
    ///
    /// - Returns: the claims in order of first occurrence; offsets are Unicode scalar offsets into `text`.
    public func extract(from text: String) -> [ExtractedClaim] {
        extract(from: text, producers: nil)
    }

    /// ``extract(from:)`` with the threads of ``extract(scalars:producers:)`` chosen.
    package func extract(from text: String, producers: Int?) -> [ExtractedClaim] {
        extract(scalars: ScalarString.scalars(of: text), producers: producers)
    }

    /// Loads the shipped check-worthiness model now rather than on the first extraction, so a caller can load it
    /// on one thread while it reads its input on another. Loading happens once per process; later calls return.
    public static func loadModel() {
        _ = CheckworthinessModel.dense
    }

    /// Texts from this many scalars up are read by one thread per core while the calling thread builds the claims
    /// (a long file given to `extract`); an article is read on the calling thread, since ingest already extracts
    /// articles in parallel.
    static let pipelineScalars = 1 << 16
    /// Lines read per batch of the pipeline.
    static let pipelineBatch = 64

    /// Extracts the claims of a text given as scalars.
    ///
    /// - Parameter producers: how many threads read lines ahead of the one building claims: nil decides by the
    ///   text's length (``pipelineScalars``) and the cores, 0 reads on the calling thread. The claims are the same.
    package func extract(scalars s: [Unicode.Scalar], producers: Int? = nil) -> [ExtractedClaim] {
        var begin = 0
        var date = documentDate
        if let dateline = DatelineParser.dateline(s) {
            begin = dateline.end
            date = date ?? dateline.date
        }
        let year = date.flatMap { Int($0.prefix(4)) }
        let model = CheckworthinessModel.dense
        let reader = LineReader(
            scalars: s,
            language: language,
            parser: ValueParser(language: language, documentYear: year),
            model: model
        )
        var builder = ClaimBuilder(scalars: s, model: model)
        var lines: [Range<Int>] = []
        var lineStart = begin
        var index = begin
        while index <= s.count {
            if index == s.count || s[index] == "\n" {
                if index > lineStart { lines.append(lineStart..<index) }
                lineStart = index + 1
            }
            index += 1
        }
        let all = lines
        @Sendable func read(_ number: Int) -> LineReading {
            reader.read(all[number], next: number + 1 < all.count ? all[number + 1] : nil)
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let threads = producers ?? (s.count >= Self.pipelineScalars && cores > 1 ? cores : 0)
        if threads > 0 {
            OrderedPipeline.run(count: all.count, batch: Self.pipelineBatch, producers: threads, produce: read) {
                builder.add($0)
            }
        } else {
            for number in all.indices { builder.add(read(number)) }
        }
        return builder.finish()
    }
}
