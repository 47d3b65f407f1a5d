import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser
import Foundation

extension ClaimDesk {
    /// Trains the check-worthiness model on CLEF-2019 CheckThat! Task 1 training debates.
    struct TrainCheckworthiness: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "train-checkworthiness",
            abstract: "Train the check-worthiness weights from CLEF-2019 training TSV files.",
            shouldDisplay: false
        )

        @Option(help: "Folder of CLEF-2019 task 1 TSV files (line, speaker, text, label).")
        var data: String

        @Option(help: "Where to write the model JSON.")
        var out: String

        @Option(help: "Training epochs.")
        var epochs: Int = Training.defaults.epochs

        @Option(help: "AdaGrad learning rate.")
        var learningRate: Double = Training.defaults.learningRate

        @Option(help: "L2 penalty.")
        var l2: Double = Training.defaults.l2

        @Option(help: "Weight of a check-worthy sentence.")
        var positiveWeight: Double = Training.defaults.positiveWeight

        @Option(help: "Weight of the hashed n-gram features (0 trains named signals only).")
        var ngramScale: Double = Training.defaults.ngramScale

        @Option(help: "Runs (example orders) whose weights are averaged.")
        var seeds: Int = Training.defaults.seeds

        @Option(help: "Share of a sentence's log-odds taken from its neighbours' (0 scores each sentence alone).")
        var contextWeight: Double = Training.defaults.contextWeight

        @Option(help: "Neighbouring sentences on each side.")
        var contextWindow: Int = Training.defaults.contextWindow

        func run() async throws {
            var training = Training.defaults
            training.epochs = epochs
            training.learningRate = learningRate
            training.l2 = l2
            training.positiveWeight = positiveWeight
            training.ngramScale = ngramScale
            training.seeds = seeds
            training.contextWeight = contextWeight
            training.contextWindow = contextWindow
            let summary = try training.train(folder: data, output: out)
            Output.line("trained on \(summary.sentences) sentences (\(summary.positives) check-worthy); wrote \(out)")
        }
    }
}
