import Foundation
import Synchronization
import Testing

@testable import ClaimDeskExtraction
@testable import ClaimDeskModel

/// A long text is read on other threads while claims are built (``OrderedPipeline``); the claims must be exactly
/// those of the plain loop, whatever the number of threads.
@Suite struct ExtractionPipelineTests {
    /// The development passages of `names` (and, for French, the worked example), one paragraph per line, the
    /// whole repeated until it is long enough for the pipeline and several batches per thread, so later copies
    /// merge into earlier claims across batches.
    static func longText(_ names: [String], example: Bool) throws -> String {
        var paragraphs: [String] = []
        if example { paragraphs.append(try FixtureLoader.example()) }
        for name in names {
            let url = try FixtureLoader.url("devset/\(name).json")
            let passages = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]] ?? []
            paragraphs += passages.compactMap { $0["text"] as? String }
        }
        var copies = [paragraphs.joined(separator: "\n")]
        while copies.count * copies[0].unicodeScalars.count < ClaimExtractor.pipelineScalars
            || copies.count * paragraphs.count <= 8 * ClaimExtractor.pipelineBatch
        {
            copies.append(copies[0])
        }
        return copies.joined(separator: "\n")
    }

    @Test(arguments: [("fr", true), ("en", false)])
    func aLongTextGivesTheSameClaimsOnEveryThreadCount(language: String, example: Bool) throws {
        let text = try Self.longText([language, "\(language)-fresh", "\(language)-quotes"], example: example)
        let scalars = Array(text.unicodeScalars)
        let lines = text.split(separator: "\n").count
        #expect(scalars.count >= ClaimExtractor.pipelineScalars)
        #expect(lines > 8 * ClaimExtractor.pipelineBatch, "\(lines) lines: too few batches to interleave")
        let extractor = ClaimExtractor(language: language == "fr" ? .fr : .en, documentDate: "2026-03-09")
        let plain = extractor.extract(scalars: scalars, producers: 0)
        #expect(plain.count > 50)
        // Repeats merge into the first copy's claims, across batches and threads.
        #expect(plain.filter { $0.occurrences.count >= 3 }.count > 40)
        for producers in [1, 2, 3] {
            let piped = extractor.extract(scalars: scalars, producers: producers)
            #expect(piped == plain, "\(producers) producers")
        }
        #expect(extractor.extract(from: text) == plain)
    }

    @Test func aShortTextGivesTheSameClaimsThroughThePipeline() throws {
        let text = try FixtureLoader.example()
        let extractor = ClaimExtractor(language: .fr, documentDate: nil)
        let scalars = Array(text.unicodeScalars)
        let plain = extractor.extract(scalars: scalars, producers: 0)
        #expect(!plain.isEmpty)
        #expect(extractor.extract(scalars: scalars, producers: 4) == plain)
    }

    @Test func thePipelineConsumesEveryItemInOrder() {
        for (count, batch, producers, depth) in [
            (0, 4, 2, 2), (1, 4, 2, 1), (5, 4, 3, 1), (64, 64, 2, 4), (1000, 7, 3, 1), (1000, 1, 2, 2), (513, 64, 8, 4),
        ] {
            var seen: [Int] = []
            OrderedPipeline.run(count: count, batch: batch, producers: producers, depth: depth, produce: { $0 * 3 }) {
                seen.append($0)
            }
            #expect(seen == (0..<count).map { $0 * 3 }, "count \(count) batch \(batch) producers \(producers)")
        }
    }

    @Test func producersStayWithinTheirDepth() {
        // Producers may run at most `depth` batches ahead of the consumer, however slow it is.
        let made = Atomic<Int>(0)
        var mostAhead = 0
        var consumed = 0
        OrderedPipeline.run(
            count: 400,
            batch: 10,
            producers: 2,
            depth: 2,
            produce: { item in
                made.add(1, ordering: .relaxed)
                return item
            }
        ) { _ in
            consumed += 1
            if consumed % 10 == 0 { usleep(200) }
            mostAhead = max(mostAhead, made.load(ordering: .relaxed) - consumed)
        }
        #expect(consumed == 400)
        // Two producers, two batches of ten each, plus the batch being consumed.
        #expect(mostAhead <= 2 * 2 * 10 + 10)
    }
}
