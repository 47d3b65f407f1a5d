import ArgumentParser
import ClaimDeskModel
import ClaimDeskService
import ClaimDeskText
import Foundation

extension ClaimDesk {
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest articles: store their text with provenance and extract their claims.",
            discussion: """
                Each FILE is stored byte-for-byte hashed (SHA-256), its text normalised (NFC, LF), and never changed \
                afterwards. Ingesting the same bytes again reports the existing document. Use - for standard input. \
                A bad file is reported and skipped; the others are still ingested, and the exit status is 1. \
                An http(s) URL is fetched, archived (WARC under Claims/archive/), its article text and metadata \
                extracted (the article body without headline, byline, menus, share bars, related links or comments;                 a page with no article is refused unless --whole-page); re-ingesting a URL whose text changed makes a                 new version linked to the old one.
                """
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions

        @Argument(
            help: ArgumentHelp(
                "Article files (UTF-8 text), article URLs (http/https: fetched, archived, text extracted), or - for standard input.",
                valueName: "file"
            )
        )
        var files: [String]

        @Option(help: "The articles' language.")
        var lang: LanguageChoice = .auto

        @Option(help: "Title.")
        var title: String?

        @Option(help: "The article's canonical URL.")
        var url: String?

        @Option(
            help: ArgumentHelp("Publication date (default: read from a leading dateline).", valueName: "YYYY-MM-DD")
        )
        var published: String?

        @Option(help: "Publisher.")
        var publisher: String?

        @Option(help: "Author.")
        var author: String?

        @OptionGroup var network: NetworkOptions

        @Option(help: ArgumentHelp("Largest input accepted, in bytes (a file or standard input).", valueName: "bytes"))
        var maxBytes = FileReader.Limits.defaultMaxBytes

        @Flag(help: "Follow symbolic links (to regular files only); by default a link is refused.")
        var followSymlinks = false

        @Flag(help: "For a URL, keep all of the page's visible text, not only its article (see `page-text`).")
        var wholePage = false

        @Flag(help: "Print JSON.")
        var json = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("name at least one file to ingest (or - for standard input)") }
            if maxBytes <= 0 { throw ValidationError("--max-bytes takes a positive number of bytes") }
            if let published, !Self.isISODate(published) {
                throw ValidationError("--published takes a date as YYYY-MM-DD, not '\(published)'")
            }
        }

        /// Whether `text` is a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not).
        static func isISODate(_ text: String) -> Bool {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
                let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
            else { return false }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            return (1...days).contains(day)
        }

        struct Report: Encodable {
            struct Entry: Encodable {
                var id: String
                var sha256: String
                var origin: String
                var claims: Int
                var new: Bool
                var links: Int
            }
            struct Failure: Encodable {
                var origin: String
                var error: String
            }
            var documents: [Entry] = []
            var errors: [Failure] = []
        }

        func run() async throws {
            let service = try options.open(as: reviewer)
            let metadata = DocumentMetadata(
                lang: lang.language,
                title: title,
                url: url,
                published: published,
                publisher: publisher,
                author: author
            )
            let limits = FileReader.Limits(maxBytes: maxBytes, followSymlinks: followSymlinks)
            var inputs: [IngestInput] = []
            for file in files {
                do throws(IngestError) {
                    inputs.append(
                        try IngestInput.argument(file) { () throws(IngestError) in
                            try FileReader.readStandardInput(maxBytes: limits.maxBytes)
                        }
                    )
                } catch {
                    throw ClaimDeskError.badInput(error, subject: file)
                }
            }
            var report = Report()
            var fetch = FetchSettings(allowPrivateNetwork: network.allowed)
            fetch.wholePage = wholePage
            for item in try await service.ingest(inputs, metadata: metadata, fetch: fetch, read: limits) {
                switch item.result {
                case .success(let outcome):
                    let id = PublicID.format(optional: outcome.document.id, as: .document) ?? "?"
                    report.documents.append(
                        .init(
                            id: id,
                            sha256: outcome.document.sha256,
                            origin: item.origin,
                            claims: outcome.claimCount,
                            new: outcome.isNew,
                            links: outcome.links.count
                        )
                    )
                    if !json {
                        let state = outcome.isNew ? "ingested" : "already ingested, unchanged"
                        let links = outcome.links.isEmpty ? "" : ", \(outcome.links.count) linked to other documents"
                        Output.line(
                            "\(id)  \(item.origin): \(state), \(outcome.claimCount) claims\(links) (sha256 \(outcome.document.sha256.prefix(12)))"
                        )
                        if let version = item.newVersion {
                            for line in Self.versionReport(version.claims, previousId: version.previousId) {
                                Output.line(line)
                            }
                        }
                    }
                case .failure(let error):
                    report.errors.append(.init(origin: item.origin, error: error.message))
                    Output.error("error: \(item.origin): \(error.message)")
                }
            }
            if json { try Output.json(report) }
            if !report.errors.isEmpty { throw ExitCode(1) }
        }

        /// Which of the previous version's claims still anchor in the new text, moved or are gone.
        static func versionReport(_ results: [ReanchorResult], previousId: Int64) -> [String] {
            let count = { (kind: ReanchorResult.Kind) in results.filter { $0.kind == kind }.count }
            var lines = [
                "  new version of \(PublicID.format(previousId, as: .document)): \(count(.anchored)) claims still anchor, "
                    + "\(count(.moved)) moved, \(count(.gone)) gone"
            ]
            for result in results where result.kind != .anchored || result.edited {
                let claim = PublicID.format(result.claimId, as: .claim)
                let quote = TextTable.truncate(result.new?.exact ?? result.old.exact, to: 70)
                switch result.kind {
                case .gone: lines.append("  \(claim) gone: \(quote)")
                case .moved, .anchored:
                    let place =
                        result.kind == .moved ? "moved \(result.old.start) → \(result.new?.start ?? 0)" : "in place"
                    lines.append("  \(claim) \(place)\(result.edited ? ", edited" : ""): \(quote)")
                }
            }
            return lines
        }
    }
}
