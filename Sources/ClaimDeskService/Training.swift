import ClaimDeskExtraction
import ClaimDeskText
import Foundation

/// Trains the check-worthiness weights from CLEF-2019 CheckThat! Task 1 training TSV files.
public struct Training: Sendable, Hashable {
    /// Training epochs.
    public var epochs: Int
    /// AdaGrad learning rate.
    public var learningRate: Double
    /// L2 penalty.
    public var l2: Double
    /// Weight of a check-worthy sentence.
    public var positiveWeight: Double
    /// Weight of the hashed n-gram features (0 trains named signals only).
    public var ngramScale: Double
    /// Runs (example orders) whose weights are averaged.
    public var seeds: Int
    /// Share of a sentence's log-odds taken from its neighbours'.
    public var contextWeight: Double
    /// Neighbouring sentences on each side.
    public var contextWindow: Int

    /// Creates training settings.
    public init(
        epochs: Int,
        learningRate: Double,
        l2: Double,
        positiveWeight: Double,
        ngramScale: Double,
        seeds: Int,
        contextWeight: Double,
        contextWindow: Int
    ) {
        self.epochs = epochs
        self.learningRate = learningRate
        self.l2 = l2
        self.positiveWeight = positiveWeight
        self.ngramScale = ngramScale
        self.seeds = seeds
        self.contextWeight = contextWeight
        self.contextWindow = contextWindow
    }

    /// The settings the shipped model was trained with.
    public static let defaults: Training = {
        let trainer = CheckworthinessTrainer()
        return Training(
            epochs: trainer.epochs,
            learningRate: trainer.learningRate,
            l2: trainer.l2,
            positiveWeight: trainer.positiveWeight,
            ngramScale: trainer.ngramScale,
            seeds: trainer.seeds,
            contextWeight: trainer.contextWeight,
            contextWindow: trainer.contextWindow
        )
    }()

    /// What a training run used and wrote.
    public struct Summary: Sendable, Hashable {
        /// Training sentences.
        public var sentences: Int
        /// Of which check-worthy.
        public var positives: Int
    }

    /// Trains on every `*.tsv` file of `folder` (sorted by name) and writes the model JSON to `output`.
    ///
    /// - Throws: when the folder or a file cannot be read or the model cannot be written.
    public func train(folder: String, output: String) throws -> Summary {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tsv") }.sorted()
        var examples: [CheckworthinessTrainer.Example] = []
        for file in files {
            let bytes = try FileReader.read(path: (folder as NSString).appendingPathComponent(file))
            examples += CheckworthinessTrainer.examples(fromCLEF: String(decoding: bytes, as: UTF8.self))
        }
        let model = CheckworthinessTrainer(
            epochs: epochs,
            learningRate: learningRate,
            l2: l2,
            positiveWeight: positiveWeight,
            ngramScale: ngramScale,
            seeds: seeds,
            contextWeight: contextWeight,
            contextWindow: contextWindow
        ).train(examples, provenance: "CLEF-2019 CheckThat! Task 1 training/ (\(files.count) debates)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(model)
        data.append(0x0A)
        try data.write(to: URL(fileURLWithPath: output))
        return Summary(sentences: examples.count, positives: examples.filter(\.label).count)
    }
}
