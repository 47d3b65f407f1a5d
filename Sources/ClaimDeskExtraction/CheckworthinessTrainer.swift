import ClaimDeskModel
import ClaimDeskText
internal import Foundation

/// Trains the check-worthiness logistic regression (named signals + hashed word n-grams) with AdaGrad.
///
/// Training is deterministic: a fixed example order per epoch from a seeded generator, so the same data
/// gives the same weights. Check-worthy sentences are rare (about 3 % in CLEF-2019), so they are weighted up.
public struct CheckworthinessTrainer: Sendable {
    /// One labelled sentence.
    public struct Example: Sendable {
        /// The sentence.
        public var text: String
        /// Whether it is check-worthy.
        public var label: Bool

        /// Creates an example.
        public init(text: String, label: Bool) {
            self.text = text
            self.label = label
        }
    }

    /// Passes over the data.
    public var epochs: Int
    /// Hash buckets for word n-grams.
    public var buckets: Int
    /// AdaGrad learning rate.
    public var learningRate: Double
    /// L2 penalty per update.
    public var l2: Double
    /// Weight of a check-worthy example relative to a non-check-worthy one.
    public var positiveWeight: Double

    /// Learning-rate multiplier of the hashed n-gram weights (0 trains the named signals only).
    public var ngramScale: Double

    /// Number of runs (different example orders) whose weights are averaged.
    public var seeds: Int

    /// The neighbours' share of each sentence's log-odds, written into the model (chosen by cross-validation).
    public var contextWeight: Double
    /// Neighbours on each side, written into the model.
    public var contextWindow: Int

    /// Creates a trainer.
    public init(
        epochs: Int = 8,
        buckets: Int = 1 << 17,
        learningRate: Double = 0.1,
        l2: Double = 1e-3,
        positiveWeight: Double = 8,
        ngramScale: Double = 0.3,
        seeds: Int = 5,
        contextWeight: Double = 0.3,
        contextWindow: Int = 2
    ) {
        self.seeds = seeds
        self.contextWeight = contextWeight
        self.contextWindow = contextWindow
        self.ngramScale = ngramScale
        self.epochs = epochs
        self.buckets = buckets
        self.learningRate = learningRate
        self.l2 = l2
        self.positiveWeight = positiveWeight
    }

    /// Reads CLEF-2019 CheckThat! Task 1 TSV lines: `line<TAB>speaker<TAB>text<TAB>label`.
    public static func examples(fromCLEF tsv: String) -> [Example] {
        tsv.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4 else { return nil }
            return Example(text: String(fields[2]), label: fields[3].trimmingCharacters(in: .whitespaces) == "1")
        }
    }

    /// Trains a model on English examples.
    public func train(_ examples: [Example], provenance: String) -> CheckworthinessModel {
        let parser = ValueParser(language: .en, documentYear: nil)
        let names = CheckworthinessFeatures.signalNames
        let rows: [Row] = examples.map { example in
            let s = Array(example.text.unicodeScalars)
            let features = CheckworthinessFeatures(
                s,
                SentenceAnalysis(s, 0..<s.count, parser: parser),
                buckets: buckets
            )
            return (
                features.named.map(\.rawValue), features.hashed, features.hashedValue,
                example.label ? 1 : 0
            )
        }
        var bias = 0.0
        var named = [Double](repeating: 0, count: names.count)
        var hashed = [Double](repeating: 0, count: buckets)
        for seed in 0..<max(1, seeds) {
            let fit = fit(rows, names: names.count, seed: 2019 + UInt64(seed))
            bias += fit.bias / Double(max(1, seeds))
            for i in named.indices { named[i] += fit.named[i] / Double(max(1, seeds)) }
            for i in hashed.indices { hashed[i] += fit.hashed[i] / Double(max(1, seeds)) }
        }
        var indices: [Int] = []
        var weights: [Double] = []
        for (i, w) in hashed.enumerated() where abs(w) >= 0.005 {
            indices.append(i)
            weights.append(Self.round(w))
        }
        return CheckworthinessModel(
            buckets: buckets,
            bias: Self.round(bias),
            signals: Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Self.round(named[$0])) }),
            ngramIndices: indices,
            ngramWeights: weights,
            provenance: provenance,
            contextWeight: contextWeight,
            contextWindow: contextWindow
        )
    }

    private typealias Row = (named: [Int], hashed: [Int], v: Double, y: Double)

    /// One AdaGrad run over the rows in an order drawn from `seed`.
    private func fit(_ rows: [Row], names: Int, seed: UInt64) -> (bias: Double, named: [Double], hashed: [Double]) {
        var bias = 0.0
        var biasG = 1e-8
        var named = [Double](repeating: 0, count: names)
        var namedG = [Double](repeating: 1e-8, count: names)
        var hashed = [Double](repeating: 0, count: buckets)
        var hashedG = [Double](repeating: 1e-8, count: buckets)
        var order = Array(rows.indices)
        var generator = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            order.shuffle(using: &generator)
            for r in order {
                let row = rows[r]
                var z = bias
                for i in row.named { z += named[i] }
                for i in row.hashed { z += hashed[i] * row.v }
                let p = 1 / (1 + exp(-z))
                let g = (p - row.y) * (row.y == 1 ? positiveWeight : 1)
                biasG += g * g
                bias -= learningRate * g / biasG.squareRoot()
                for i in row.named {
                    let gi = g + l2 * named[i]
                    namedG[i] += gi * gi
                    named[i] -= learningRate * gi / namedG[i].squareRoot()
                }
                for i in row.hashed {
                    let gi = g * row.v + l2 * hashed[i]
                    hashedG[i] += gi * gi
                    hashed[i] -= ngramScale * learningRate * gi / hashedG[i].squareRoot()
                }
            }
        }
        return (bias, named, hashed)
    }

    private static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}

/// A small seeded random generator (SplitMix64), so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
