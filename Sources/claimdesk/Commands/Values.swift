import ArgumentParser
import ClaimDeskKit

extension ClaimDesk {
    /// Prints the normalised numbers and dates of a text as JSON (used by the evaluation scripts).
    struct Values: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the normalised numbers and dates of a text as JSON.",
            shouldDisplay: false
        )

        @OptionGroup var input: TextInput

        struct Output: Encodable {
            var numbers: [NumberValue]
            var dates: [DateValue]
        }

        func run() async throws {
            let text = try input.read()
            let values = ValueReader(language: input.lang.resolve(for: text)).read(text)
            print(try ContractJSON.encode(Output(numbers: values.numbers, dates: values.dates)))
        }
    }
}
