import ClaimDeskModel
import ClaimDeskText
internal import Foundation

/// A logistic-regression check-worthiness model over named signals and hashed word n-grams.
///
/// The shipped weights (`checkworthiness-model.json`) are trained on the CLEF-2019 CheckThat! Task 1
/// training debates only, by ``CheckworthinessTrainer`` (`claimdesk train-checkworthiness`).
public struct CheckworthinessModel: Sendable, Codable, Hashable {
    /// Number of hash buckets for word n-grams.
    public var buckets: Int
    /// Intercept.
    public var bias: Double
    /// Weight of each named signal.
    public var signals: [String: Double]
    /// Bucket indices with a non-zero weight, ascending.
    public var ngramIndices: [Int]
    /// The weights of `ngramIndices`.
    public var ngramWeights: [Double]
    /// How the weights were produced.
    public var provenance: String
    /// How much of a sentence's log-odds comes from its neighbours' (0 scores each sentence alone).
    public var contextWeight: Double
    /// How many sentences on each side count as neighbours.
    public var contextWindow: Int

    /// Creates a model.
    public init(
        buckets: Int,
        bias: Double,
        signals: [String: Double],
        ngramIndices: [Int],
        ngramWeights: [Double],
        provenance: String,
        contextWeight: Double = 0,
        contextWindow: Int = 0
    ) {
        self.buckets = buckets
        self.bias = bias
        self.signals = signals
        self.ngramIndices = ngramIndices
        self.ngramWeights = ngramWeights
        self.provenance = provenance
        self.contextWeight = contextWeight
        self.contextWindow = contextWindow
    }

    private enum CodingKeys: String, CodingKey {
        case buckets, bias, signals, ngramIndices, ngramWeights, provenance, contextWeight, contextWindow
    }

    /// Decodes a model; files written before context smoothing score each sentence alone.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        buckets = try c.decode(Int.self, forKey: .buckets)
        bias = try c.decode(Double.self, forKey: .bias)
        signals = try c.decode([String: Double].self, forKey: .signals)
        ngramIndices = try c.decode([Int].self, forKey: .ngramIndices)
        ngramWeights = try c.decode([Double].self, forKey: .ngramWeights)
        provenance = try c.decode(String.self, forKey: .provenance)
        contextWeight = try c.decodeIfPresent(Double.self, forKey: .contextWeight) ?? 0
        contextWindow = try c.decodeIfPresent(Int.self, forKey: .contextWindow) ?? 0
    }

    /// The model shipped with ClaimDesk, or a small hand-set prior when the resource is missing.
    public static let shipped: CheckworthinessModel = {
        if let url = Bundle.module.url(forResource: "checkworthiness-model", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let model = try? JSONDecoder().decode(CheckworthinessModel.self, from: data)
        {
            return model
        }
        return prior
    }()

    /// Hand-set weights used before training and when no trained weights are available.
    public static let prior = CheckworthinessModel(
        buckets: 1 << 17,
        bias: -1.5,
        signals: [
            "number": 1.2, "percent_or_currency": 0.6, "large_number": 0.3, "date": 0.6, "full_date": 0.2,
            "entity": 0.5, "entities_3plus": 0.2, "reporting_verb": 0.5, "quote": 0.3, "hedged": 0.3,
            "comparison": 0.4, "future": 0.0, "past": 0.4, "first_person": -0.4, "second_person": -0.5,
            "opinion": -0.6, "negation": -0.1, "question": -2.0, "exclamation": -1.0, "short": -0.8, "long": 0.2,
            "speaker": 0.2,
        ],
        ngramIndices: [],
        ngramWeights: [],
        provenance: "hand-set prior"
    )

    /// A dense copy of the n-gram weights, for scoring.
    struct Dense: Sendable {
        var model: CheckworthinessModel
        var weights: [Double]
        /// The weight of each named signal, by ``CheckworthinessFeatures/Name`` raw value.
        var signalWeights: [Double]

        init(_ model: CheckworthinessModel) {
            self.model = model
            var weights = [Double](repeating: 0, count: model.buckets)
            for (index, weight) in zip(model.ngramIndices, model.ngramWeights) where index < model.buckets {
                weights[index] = weight
            }
            self.weights = weights
            signalWeights = CheckworthinessFeatures.signalNames.map { model.signals[$0] ?? 0 }
        }

        /// The score (0…1) and the signals behind it: each named signal that fired, the word n-grams together
        /// (`wording`) and the intercept (`base`).
        func score(_ features: CheckworthinessFeatures) -> (Double, [Signal]) {
            let (z, signals) = logOdds(features)
            return (Self.probability(z), signals)
        }

        /// The log-odds of a sentence on its own, and the signals behind it.
        func logOdds(_ features: CheckworthinessFeatures) -> (Double, [Signal]) {
            let wording = wording(features)
            var signals: [Signal] = [Signal(name: "base", weight: Self.round(model.bias))]
            for name in features.named {
                let w = signalWeights[name.rawValue]
                signals.append(Signal(name: CheckworthinessFeatures.signalNames[name.rawValue], weight: Self.round(w)))
            }
            if !features.hashed.isEmpty {
                signals.append(Signal(name: "wording", weight: Self.round(wording)))
            }
            return (sum(features, wording), signals)
        }

        /// The log-odds of a sentence on its own, without the explanation.
        func logOddsOnly(_ features: CheckworthinessFeatures) -> Double {
            sum(features, wording(features))
        }

        /// The intercept, the named signals and the n-grams' share, added in that order.
        private func sum(_ features: CheckworthinessFeatures, _ wording: Double) -> Double {
            var z = model.bias
            for name in features.named { z += signalWeights[name.rawValue] }
            return z + wording
        }

        /// The n-grams' share of the log-odds.
        private func wording(_ features: CheckworthinessFeatures) -> Double {
            var wording = 0.0
            for index in features.hashed { wording += weights[index] }
            return wording * features.hashedValue
        }

        /// `signals` plus the neighbours' share of the log-odds (`context`), when there is one.
        static func withContext(_ signals: [Signal], _ shift: Double) -> [Signal] {
            let weight = round(shift)
            return weight == 0 ? signals : signals + [Signal(name: "context", weight: weight)]
        }

        /// The rounded probability of log-odds `z`.
        static func probability(_ z: Double) -> Double { round(1 / (1 + exp(-z))) }

        static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
    }

    /// The shipped model, densified once.
    static let dense = Dense(shipped)
}
