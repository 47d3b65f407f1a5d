import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser

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
            let (text, language) = try input.read()
            let values = TextTools.values(text, language: language)
            print(try ContractJSON.encode(Output(numbers: values.numbers, dates: values.dates)))
        }
    }
}
