import ArgumentParser
import ClaimDeskKit
import Foundation

/// The language to read a text in: detected, French or English.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, fr, en

    /// The language for `text`.
    func resolve(for text: String) -> Language {
        switch self {
        case .auto: LanguageDetector.detect(text)
        case .fr: .fr
        case .en: .en
        }
    }
}

/// The input options of the text commands: a language and a file (or `-` for standard input).
struct TextInput: ParsableArguments {
    @Option(name: .long, help: "Language of the text: auto (detect), fr or en.")
    var lang: LanguageChoice = .auto

    @Argument(help: ArgumentHelp("The text file to read; - or nothing reads standard input.", valueName: "FILE"))
    var file: String = "-"

    /// Reads and normalises the input as ingest does; prints `error: …` and exits 1 on bad input.
    func read() throws -> String {
        do {
            return try DocumentDecoder.decode(readBytes())
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func readBytes() throws(IngestError) -> [UInt8] {
        if file == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw .missing(path: file)
        }
        if isDirectory.boolValue { throw .directory(path: file) }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw .unreadable(path: file, reason: error.localizedDescription)
        }
    }
}
