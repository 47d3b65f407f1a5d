import ArgumentParser
import ClaimDeskModel
import ClaimDeskService
import ClaimDeskText

/// The language to read a text in: detected, French or English.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, fr, en

    /// The language, or nil for detection.
    var language: Language? { self == .auto ? nil : Language(rawValue: rawValue) }
}

/// The input options of the text commands: a language and a file (or `-` for standard input).
struct TextInput: ParsableArguments {
    @Option(name: .long, help: "Language of the text: auto (detect), fr or en.")
    var lang: LanguageChoice = .auto

    @Argument(help: ArgumentHelp("The text file to read; - or nothing reads standard input.", valueName: "FILE"))
    var file: String = "-"

    @Flag(help: "Follow a symbolic link (to a regular file only); by default a link is refused.")
    var followSymlinks = false

    /// Reads and normalises the input as ingest does.
    ///
    /// - Returns: the text and the language to read it in.
    /// - Throws: ``ClaimDeskError`` `.badInput` for a missing, unreadable, binary or non-UTF-8 file.
    func read() throws -> (text: String, language: Language) {
        do throws(IngestError) {
            let limits = FileReader.Limits(followSymlinks: followSymlinks)
            let bytes =
                file == "-"
                ? try FileReader.readStandardInput(maxBytes: limits.maxBytes)
                : try FileReader.read(path: file, limits: limits)
            let text = try DocumentDecoder.decode(bytes)
            return (text, TextTools.language(lang.language, for: text))
        } catch {
            throw ClaimDeskError.badInput(error, subject: file)
        }
    }
}
