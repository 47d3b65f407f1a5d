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
}
