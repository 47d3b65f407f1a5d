import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser
import Foundation

extension ClaimDesk {
    struct SourceFetch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fetch",
            abstract: "Fetch URLs and print what each returned, without recording or archiving anything.",
            discussion: """
                A dry run of `source check` for any URL: the same limits, redirect handling and error classes. \
                Prints one line per URL (status, size, final URL or error), or the capture records with --json.
                """
        )

        @Argument(help: ArgumentHelp("URLs to fetch.", valueName: "url"))
        var urls: [String] = []

        @Option(help: ArgumentHelp("A file with one URL per line, fetched too.", valueName: "path"))
        var urlsFile: String?

        @OptionGroup var fetch: FetchOptions

        @Flag(help: "Print the capture records as JSON.")
        var json = false

        func run() async throws {
            var all = urls
            if let urlsFile {
                let text = try String(decoding: FileReader.read(path: urlsFile), as: UTF8.self)
                all += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            }
            guard !all.isEmpty else { throw ValidationError("name at least one URL (or --urls-file)") }
            let captures = await FetchTools.fetch(all, settings: fetch.settings)
            if json {
                try Output.json(captures)
            } else {
                for capture in captures { Output.line(CaptureLine.format(capture)) }
            }
            if captures.contains(where: { $0.error != nil }) { throw ExitCode(1) }
        }
    }
}
