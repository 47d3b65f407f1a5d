import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser
import Foundation

extension ClaimDesk {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the Markdown review reports.",
            discussion: """
                By default writes Reports/<document-slug>.md for every document and Reports/index.md. With --doc, \
                only that document's report. With --out, writes the one report (the document's with --doc, else \
                the index) to FILE, or to standard output with `-`. The output is byte-identical for the same \
                database; --now stamps a generation time into it.
                """
        )

        @OptionGroup var options: WorkspaceOptions

        @Option(help: ArgumentHelp("Only this document.", valueName: "doc"))
        var doc: DocumentID?

        @Option(parsing: .upToNextOption, help: ArgumentHelp("Only claims with these statuses.", valueName: "status"))
        var status: [ClaimStatus] = []

        @Option(help: ArgumentHelp("Write one report to FILE, or `-` for standard output.", valueName: "file"))
        var out: String?

        @Option(help: ArgumentHelp("The generation time to show (ISO 8601); none by default.", valueName: "time"))
        var now: String?

        func run() async throws {
            let service = try options.read()
            let reportOptions = MarkdownReport.Options(generatedAt: now, statuses: status.isEmpty ? nil : Set(status))
            if let out {
                try FileOutput.write(try await service.report(documentId: doc?.id, options: reportOptions), to: out)
                return
            }
            for file in try await service.writeReports(documentId: doc?.id, options: reportOptions) {
                Output.line("wrote \(file.path)\(file.claims.map { " (\($0) claims)" } ?? "")")
            }
        }
    }
}
