import ArgumentParser
import ClaimDeskKit
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

        enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
            case auto, fr, en
        }

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

        @Flag(help: "For a URL, keep all of the page's visible text, not only its article (see `page-text`).")
        var wholePage = false

        @Flag(help: "Print JSON.")
        var json = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("name at least one file to ingest (or - for standard input)") }
            if let published, !Self.isISODate(published) {
                throw ValidationError("--published takes a date as YYYY-MM-DD, not '\(published)'")
            }
        }

        static func isISODate(_ text: String) -> Bool {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
            else { return false }
            return (1...12).contains(month) && (1...31).contains(day)
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

        /// How many files one transaction stores at most.
        static let batchSize = 200

        private func record(
            _ result: Result<IngestOutcome, any Error>,
            file: String,
            versionReport: [String],
            into report: inout Report
        ) {
            switch result {
            case .success(let outcome):
                let id = PublicID.format(optional: outcome.document.id, as: .document) ?? "?"
                report.documents.append(
                    .init(
                        id: id,
                        sha256: outcome.document.sha256,
                        origin: file,
                        claims: outcome.claimCount,
                        new: outcome.isNew,
                        links: outcome.links.count
                    )
                )
                if !json {
                    let state = outcome.isNew ? "ingested" : "already ingested, unchanged"
                    let links = outcome.links.isEmpty ? "" : ", \(outcome.links.count) linked to other documents"
                    print(
                        "\(id)  \(file): \(state), \(outcome.claimCount) claims\(links) (sha256 \(outcome.document.sha256.prefix(12)))"
                    )
                    for line in versionReport { print(line) }
                }
            case .failure(let error):
                report.errors.append(.init(origin: file, error: "\(error)"))
                Output.error("error: \(file): \(error)")
            }
        }

        func run() async throws {
            let store = try options.openStore()
            let ingestor = Ingestor(store: store, actor: reviewer.name, now: options.now, logger: options.logger)
            let metadata = DocumentMetadata(
                lang: lang == .auto ? nil : Language(rawValue: lang.rawValue),
                title: title,
                url: url,
                published: published,
                publisher: publisher,
                author: author
            )
            var report = Report()
            // Plain files go in batches (one transaction each, a savepoint per file); stdin and URLs one by one.
            var index = 0
            while index < files.count {
                let file = files[index]
                if file == "-" || ArticleFetcher.isWebURL(file) {
                    do {
                        var versionReport: [String] = []
                        let outcome: IngestOutcome
                        if file == "-" {
                            let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
                            outcome = try ingestor.ingest(bytes: bytes, origin: "-", metadata: metadata)
                        } else {
                            (outcome, versionReport) = try await ingestURL(
                                file,
                                store: store,
                                ingestor: ingestor,
                                metadata: metadata
                            )
                        }
                        record(.success(outcome), file: file, versionReport: versionReport, into: &report)
                    } catch let error as StoreError where error.code != .notFound {
                        throw error
                    } catch {
                        record(.failure(error), file: file, versionReport: [], into: &report)
                    }
                    index += 1
                    continue
                }
                var batch: [String] = []
                while index < files.count, batch.count < Self.batchSize, files[index] != "-",
                    !ArticleFetcher.isWebURL(files[index])
                {
                    batch.append(files[index])
                    index += 1
                }
                for (path, result) in zip(batch, try ingestor.ingest(paths: batch, metadata: metadata)) {
                    record(result, file: path, versionReport: [], into: &report)
                }
            }
            if json { try Output.json(report) }
            if !report.errors.isEmpty { throw ExitCode(1) }
        }
    }
}
