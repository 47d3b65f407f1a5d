import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser

extension ClaimDesk {
    /// Prints the sentences of a text, one per line.
    struct Sentences: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split a text into sentences, one per output line.",
            discussion: "Line breaks inside a sentence are printed as spaces, so each output line is one sentence."
        )

        @OptionGroup var input: TextInput

        func run() async throws {
            let (text, language) = try input.read()
            var output = ""
            for span in TextTools.sentences(text, language: language) {
                output += span.exact.replacingLineBreaks()
                output += "\n"
            }
            Output.line(output, terminator: "")
        }
    }
}

extension String {
    /// The string with line breaks turned into spaces.
    func replacingLineBreaks() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
