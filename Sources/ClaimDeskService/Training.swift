import ClaimDeskExtraction
import ClaimDeskText
import Foundation

/// Trains the check-worthiness weights from CLEF-2019 CheckThat! Task 1 training TSV files.
///
/// The settings are the trainer's own (``defaults`` are those the shipped model was trained with); the command
/// line sets them by name.
public struct Training: Sendable {
    var trainer = CheckworthinessTrainer()

    /// The settings the shipped model was trained with.
    public static var defaults: Training { Training() }

    /// Training epochs.
    public var epochs: Int {
        get { trainer.epochs }
        set { trainer.epochs = newValue }
    }
    /// AdaGrad learning rate.
    public var learningRate: Double {
        get { trainer.learningRate }
        set { trainer.learningRate = newValue }
    }
    /// L2 penalty.
    public var l2: Double {
        get { trainer.l2 }
        set { trainer.l2 = newValue }
    }
    /// Weight of a check-worthy sentence.
    public var positiveWeight: Double {
        get { trainer.positiveWeight }
        set { trainer.positiveWeight = newValue }
    }
    /// Weight of the hashed n-gram features (0 trains named signals only).
    public var ngramScale: Double {
        get { trainer.ngramScale }
        set { trainer.ngramScale = newValue }
    }
    /// Runs (example orders) whose weights are averaged.
    public var seeds: Int {
        get { trainer.seeds }
        set { trainer.seeds = newValue }
    }
    /// Share of a sentence's log-odds taken from its neighbours'.
    public var contextWeight: Double {
        get { trainer.contextWeight }
        set { trainer.contextWeight = newValue }
    }
    /// Neighbouring sentences on each side.
    public var contextWindow: Int {
        get { trainer.contextWindow }
        set { trainer.contextWindow = newValue }
    }

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
        let model = trainer.train(examples, provenance: "CLEF-2019 CheckThat! Task 1 training/ (\(files.count) debates)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(model)
        data.append(0x0A)
        try data.write(to: URL(fileURLWithPath: output))
        return Summary(sentences: examples.count, positives: examples.filter(\.label).count)
    }
}
