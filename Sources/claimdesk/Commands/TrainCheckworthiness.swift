import ArgumentParser
import ClaimDeskKit
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
        var epochs: Int = CheckworthinessTrainer().epochs

        @Option(help: "AdaGrad learning rate.")
        var learningRate: Double = CheckworthinessTrainer().learningRate

        @Option(help: "L2 penalty.")
        var l2: Double = CheckworthinessTrainer().l2

        @Option(help: "Weight of a check-worthy sentence.")
        var positiveWeight: Double = CheckworthinessTrainer().positiveWeight

        @Option(help: "Weight of the hashed n-gram features (0 trains named signals only).")
        var ngramScale: Double = CheckworthinessTrainer().ngramScale

        @Option(help: "Runs (example orders) whose weights are averaged.")
        var seeds: Int = CheckworthinessTrainer().seeds

        @Option(help: "Share of a sentence's log-odds taken from its neighbours' (0 scores each sentence alone).")
        var contextWeight: Double = CheckworthinessTrainer().contextWeight

        @Option(help: "Neighbouring sentences on each side.")
        var contextWindow: Int = CheckworthinessTrainer().contextWindow

        func run() async throws {
            let folder = URL(fileURLWithPath: data)
            let files = try FileManager.default.contentsOfDirectory(atPath: data)
                .filter { $0.hasSuffix(".tsv") }
                .sorted()
            var examples: [CheckworthinessTrainer.Example] = []
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                examples += CheckworthinessTrainer.examples(fromCLEF: text)
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
            ).train(
                examples,
                provenance: "CLEF-2019 CheckThat! Task 1 training/ (\(files.count) debates)"
            )
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var data = try encoder.encode(model)
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: out))
            let positives = examples.filter(\.label).count
            print("trained on \(examples.count) sentences (\(positives) check-worthy); wrote \(out)")
        }
    }
}
