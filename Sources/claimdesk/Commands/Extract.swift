import ArgumentParser
import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import ClaimDeskText

extension ClaimDesk {
    /// Runs the extraction engine on a text without storing anything.
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the claims of a text (a dry run: nothing is stored).",
            discussion: """
                Prints the claims as a table, or with --json as the same objects `claims list --json` prints. \
                Occurrence offsets are code-point offsets into the input after NFC/LF normalisation.
                """
        )

        @OptionGroup var input: TextInput

        @Option(name: .customLong("date"), help: "Publication date (ISO 8601) for dates without a year.")
        var documentDate: String?

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        @Flag(help: ArgumentHelp("Print only the number of claims (for benchmarks).", visibility: .hidden))
        var count = false

        func run() async throws {
            // Loading the model takes about as long as reading a few megabytes: do both at once.
            let model = Task.detached { TextTools.prepareExtraction() }
            let (text, language) = try input.read()
            await model.value
            let claims = TextTools.extract(text, language: language, documentDate: documentDate)
            if count {
                Output.line(String(claims.count))
            } else if json {
                let parts = ContractJSON.encodeClaims(claims, cost: { 2 + $0.occurrences.count }, as: ClaimJSON.init)
                for part in parts { try Output.write(part) }
                try Output.write([UInt8(ascii: "\n")])
            } else {
                Output.line(ClaimTable.render(claims), terminator: "")
            }
        }
    }
}
