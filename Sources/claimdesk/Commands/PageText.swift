import ArgumentParser
import ClaimDeskKit
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

        struct Entry: Encodable {
            var input: String
            var text: String?
            var metadata: ArticleMetadata?
            var evidence: String?
            var container: String?
            var noArticle: String?
            var error: String?
        }

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("name at least one URL or file") }
        }

        func run() async throws {
            // `read` archives nothing, so the archive folder is never written.
            let reader = ArticleFetcher(
                archiveDirectory: FileManager.default.temporaryDirectory,
                limits: fetch.limits
            )
            var entries: [Entry] = []
            for input in inputs {
                do {
                    let page = try await reader.read(input)
                    entries.append(
                        Entry(
                            input: input,
                            text: page.text(wholePage: wholePage),
                            metadata: page.page.metadata,
                            evidence: wholePage ? "whole page" : page.article?.evidence.rawValue,
                            container: wholePage ? nil : page.article?.container,
                            noArticle: page.noArticle?.description
                        )
                    )
                } catch {
                    entries.append(Entry(input: input, error: error.description))
                }
            }
            if json {
                try Output.json(entries)
            } else {
                for (position, entry) in entries.enumerated() {
                    print(entry, heading: inputs.count > 1, first: position == 0)
                }
            }
            if entries.contains(where: { $0.text == nil }) { throw ExitCode(1) }
        }

        private func print(_ entry: Entry, heading: Bool, first: Bool) {
            if heading { Swift.print((first ? "" : "\n") + "==> \(entry.input) <==") }
            if let error = entry.error {
                Output.error("error: \(entry.input): \(error)")
                return
            }
            let metadata = entry.metadata ?? ArticleMetadata()
            let fields = [
                ("title", metadata.title), ("author", metadata.author), ("publisher", metadata.publisher),
                ("published", metadata.published), ("language", metadata.language), ("url", metadata.canonicalURL),
                ("standfirst", metadata.description),
            ]
            for case let (name, value?) in fields { Swift.print("\(name): \(value)") }
            guard let text = entry.text else {
                Output.error(
                    "error: \(entry.input): no article found (\(entry.noArticle ?? "none")): a home page, a list or "
                        + "search results?; --whole-page prints all of its text"
                )
                return
            }
            let source = entry.container.map { " (\($0))" } ?? ""
            Swift.print("found: \(entry.evidence ?? "?")\(source)\n")
            Swift.print(text)
        }
    }
}
