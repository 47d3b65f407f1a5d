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
        var epochs: Int = 8

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
            let model = CheckworthinessTrainer(epochs: epochs).train(
                examples,
                provenance: "CLEF-2019 CheckThat! Task 1 training/ (\(files.count) debates)"
            )
            let json = try ContractJSON.encode(model)
            try Data((json + "\n").utf8).write(to: URL(fileURLWithPath: out))
            let positives = examples.filter(\.label).count
            print("trained on \(examples.count) sentences (\(positives) check-worthy); wrote \(out)")
        }
    }
}
