public import ClaimDeskModel
import ClaimDeskText
/// Scores single sentences for check-worthiness, as `claimdesk checkworthiness` does for each input line.
public struct CheckworthinessScorer: Sendable {
    /// The sentences' language.
    public var language: Language
    private let parser: ValueParser
    private let model: CheckworthinessModel.Dense

    /// Creates a scorer with the shipped model.
    public init(language: Language) {
        self.init(language: language, model: CheckworthinessModel.dense)
    }

    /// Creates a scorer with the given model.
    public init(language: Language, model: CheckworthinessModel) {
        self.init(language: language, model: CheckworthinessModel.Dense(model))
    }

    init(language: Language, model: CheckworthinessModel.Dense) {
        self.language = language
        self.parser = ValueParser(language: language, documentYear: nil)
        self.model = model
    }

    /// The score (0…1) of `sentence` and the signals behind it.
    public func score(_ sentence: String) -> (score: Double, signals: [Signal]) {
        let s = Array(sentence.unicodeScalars)
        let analysis = SentenceAnalysis(s, 0..<s.count, parser: parser)
        return model.score(CheckworthinessFeatures(s, analysis, buckets: model.model.buckets))
    }

    /// The scores of consecutive sentences (a whole text, in order), each blended with its neighbours' as the
    /// model says; the neighbours' share is the `context` signal.
    public func scores(_ sentences: [String]) -> [(score: Double, signals: [Signal])] {
        let alone = sentences.map { sentence -> (Double, [Signal]) in
            let s = Array(sentence.unicodeScalars)
            let analysis = SentenceAnalysis(s, 0..<s.count, parser: parser)
            return model.logOdds(CheckworthinessFeatures(s, analysis, buckets: model.model.buckets))
        }
        let blended = CheckworthinessContext<Int>.blend(
            alone.map(\.0),
            weight: model.model.contextWeight,
            window: model.model.contextWindow
        )
        return zip(alone, blended).map { own, z in
            (CheckworthinessModel.Dense.probability(z), CheckworthinessModel.Dense.withContext(own.1, z - own.0))
        }
    }

    /// The named signals and hashed n-gram buckets of `sentence`, for offline experiments.
    package func features(_ sentence: String) -> (named: [String], hashed: [Int]) {
        let s = Array(sentence.unicodeScalars)
        let analysis = SentenceAnalysis(s, 0..<s.count, parser: parser)
        let features = CheckworthinessFeatures(s, analysis, buckets: model.model.buckets)
        return (features.named.map { CheckworthinessFeatures.signalNames[$0.rawValue] }, features.hashed)
    }
}
