import ArgumentParser
import ClaimDeskKit
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
        var doc: String?

        @Option(parsing: .upToNextOption, help: ArgumentHelp("Only claims with these statuses.", valueName: "status"))
        var status: [ClaimStatus] = []

        @Option(help: ArgumentHelp("Write one report to FILE, or `-` for standard output.", valueName: "file"))
        var out: String?

        @Option(help: ArgumentHelp("The generation time to show (ISO 8601); none by default.", valueName: "time"))
        var now: String?

        func run() async throws {
            let store = try options.openStore()
            let reportOptions = MarkdownReport.Options(
                generatedAt: now,
                statuses: status.isEmpty ? nil : Set(status)
            )
            let selectedId = try doc.map { try parseID($0, as: .document, what: "document") }
            if let out {
                // One report to a file or stdout: only that document is read.
                let text: String
                if let selectedId {
                    text = MarkdownReport.render(try store.documentDetail(id: selectedId), options: reportOptions)
                } else {
                    text = IndexReport.render(try store.allDocumentDetails(), options: reportOptions)
                }
                try FileOutput.write(text, to: out)
                return
            }
            // File names must be unique across the workspace, so they are worked out from every document.
            let documents = try store.documents()
            let slugs = Dictionary(
                uniqueKeysWithValues: zip(documents.map { $0.id ?? 0 }, DocumentSlug.uniqueSlugs(for: documents))
            )
            let folder = options.workspace.reportsDirectory
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let details =
                if let selectedId { [try store.documentDetail(id: selectedId)] } else { try store.allDocumentDetails() }
            for detail in details {
                let id = detail.document.id ?? 0
                let path = (folder as NSString).appendingPathComponent("\(slugs[id] ?? "d\(id)").md")
                try FileOutput.write(MarkdownReport.render(detail, options: reportOptions), to: path)
                print("wrote \(path) (\(detail.claims.count) claims)")
            }
            if doc == nil {
                let path = (folder as NSString).appendingPathComponent("index.md")
                try FileOutput.write(IndexReport.render(details, options: reportOptions), to: path)
                print("wrote \(path)")
            }
        }
    }
}

/// Writes command output to a file (atomically) or to standard output (`-`).
enum FileOutput {
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ValidationError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
