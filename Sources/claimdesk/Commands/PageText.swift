import ArgumentParser
import ClaimDeskService
import Foundation

extension ClaimDesk {
    struct PageTextCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "page-text",
            abstract: "Print the article text and metadata ingest would keep from a page, storing nothing.",
            discussion: """
                Each URL is fetched (not archived); each FILE is read (HTML when named .html/.htm or when it looks \
                like HTML, else plain text). Prints the metadata, how the article was found, then its text. A page \
                with no article (a home page, a list) is reported and the exit status is 1, unless --whole-page.
                """
        )

        @Argument(help: ArgumentHelp("Pages: http(s) URLs or files.", valueName: "url-or-file"))
        var inputs: [String]

        @Flag(help: "Print all of the page's visible text, not only its article.")
        var wholePage = false

        @Flag(help: "Print JSON: one object per page with its text, metadata and how the article was found.")
        var json = false

        @OptionGroup var fetch: FetchOptions

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("name at least one URL or file") }
        }

        func run() async throws {
            let entries = await FetchTools.pageText(inputs, wholePage: wholePage, settings: fetch.settings)
            if json {
                try Output.json(entries)
            } else {
                for (position, entry) in entries.enumerated() {
                    show(entry, heading: inputs.count > 1, first: position == 0)
                }
            }
            if entries.contains(where: { $0.text == nil }) { throw ExitCode(1) }
        }

        private func show(_ entry: PageTextResult, heading: Bool, first: Bool) {
            if heading { Output.line((first ? "" : "\n") + "==> \(entry.input) <==") }
            if let error = entry.error {
                Output.error("error: \(entry.input): \(error)")
                return
            }
            let fields = [
                ("title", entry.title), ("author", entry.author), ("publisher", entry.publisher),
                ("published", entry.published), ("language", entry.language), ("url", entry.canonicalURL),
                ("standfirst", entry.standfirst),
            ]
            for case let (name, value?) in fields { Output.line("\(name): \(value)") }
            guard let text = entry.text else {
                Output.error(
                    "error: \(entry.input): no article found (\(entry.noArticle ?? "none")): a home page, a list or "
                        + "search results?; --whole-page prints all of its text"
                )
                return
            }
            let source = entry.container.map { " (\($0))" } ?? ""
            Output.line("found: \(entry.evidence ?? "?")\(source)\n")
            Output.line(text)
        }
    }
}
