import Foundation
import Testing

@Suite struct ReportCLITests {
    /// A workspace with the example ingested and a little review: a source, a verdict, an unverifiable claim.
    static func reviewedWorkspace() async throws -> CLIRunner {
        let cli = try CLIRunner()
        try await expectSuccess(cli, ["init", "--organisation", "Desk", "--organisation-url", "https://desk.example/"])
        try await expectSuccess(cli, ["ingest", CLIRunner.exampleArticle, "--title", "OpenAI | <b>Pentagone</b>"])
        try await expectSuccess(
            cli,
            ["source", "add", "c3", "https://example.org/report", "--stance", "supports", "--excerpt", "février"]
        )
        try await expectSuccess(cli, ["verify", "c3", "--note", "checked"])
        try await expectSuccess(cli, ["mark", "c5", "unverifiable", "--note", "no record [x](javascript:alert(1))"])
        return cli
    }

    static func expectSuccess(_ cli: CLIRunner, _ arguments: [String]) async throws {
        let result = try await cli.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    /// Every regular file under `folder`, by relative path.
    static func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                name.hasSuffix(".json") || name.hasSuffix(".md")
            {
                files[name] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    @Test func exportImportExportIsByteIdentical() async throws {
        // Given a reviewed workspace exported as a ledger
        let cli = try await Self.reviewedWorkspace()
        try await Self.expectSuccess(cli, ["export", "ledger"])
        // When the ledger is imported into a fresh database and exported again
        let imported = try await cli.run(["import", "Claims", "--db", "fresh/claimdesk.sqlite"])
        #expect(imported.status == 0, "\(imported.stderr)")
        try await Self.expectSuccess(cli, ["export", "ledger", "Again", "--db", "fresh/claimdesk.sqlite"])
        // Then the two ledgers are byte-identical
        let first = try Self.files(in: cli.path("Claims"))
        let second = try Self.files(in: cli.path("Again"))
        #expect(first.count == 2)
        #expect(first == second)
        // And so are the reports and the other exports of both databases
        for command in [["report", "--doc", "d1", "--out", "-"], ["export", "csv"], ["export", "claimreview"]] {
            let original = try await cli.run(command)
            let rebuilt = try await cli.run(command + ["--db", "fresh/claimdesk.sqlite"])
            #expect(original.status == 0)
            #expect(original.stdout == rebuilt.stdout, "\(command) differs")
        }
        // And importing again into the now non-empty database is refused
        let again = try await cli.run(["import", "Claims", "--db", "fresh/claimdesk.sqlite"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("not empty"))
    }

    @Test func brokenLedgerIsRefusedWithFilePositionAndCaret() async throws {
        // Given an exported ledger whose document file lost a comma
        let cli = try await Self.reviewedWorkspace()
        try await Self.expectSuccess(cli, ["export", "ledger"])
        let name = try #require(try Self.files(in: cli.path("Claims")).keys.first { !$0.hasPrefix("_") })
        let path = cli.path("Claims/\(name)")
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("\"status\" : \"verified\"") })
        lines[index] = lines[index].replacingOccurrences(of: "\"verified\",", with: "\"verified\"")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        // When it is imported
        let result = try await cli.run(["import", "Claims", "--db", "fresh/claimdesk.sqlite"])
        // Then it is refused with the file, line:column and a caret, and no database is created
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(name):\(index + 2):"), "\(result.stderr)")
        #expect(result.stderr.contains("^"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("fresh/claimdesk.sqlite")))
    }

    @Test func editedHistoryIsRefused() async throws {
        // Given an exported ledger where a reviewer's note was rewritten by hand
        let cli = try await Self.reviewedWorkspace()
        try await Self.expectSuccess(cli, ["export", "ledger"])
        let name = try #require(try Self.files(in: cli.path("Claims")).keys.first { !$0.hasPrefix("_") })
        let path = cli.path("Claims/\(name)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"note\" : \"checked\"", with: "\"note\" : \"approved by the editor\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        // Then import refuses it, naming the event's hash
        let result = try await cli.run(["import", "Claims", "--db", "fresh/claimdesk.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains(".hash: event e"), "\(result.stderr)")
    }

    @Test func reportWritesEveryDocumentAndTheIndex() async throws {
        // Given the reviewed workspace
        let cli = try await Self.reviewedWorkspace()
        // When reports are written
        try await Self.expectSuccess(cli, ["report"])
        // Then Reports/ has the document's report and the index, and the file equals the printed report
        let reports = try Self.files(in: cli.path("Reports"))
        #expect(reports.keys.sorted() == ["2026-03-09-openai-pentagon-fr.md", "index.md"])
        let printed = try await cli.run(["report", "--doc", "d1", "--out", "-"])
        #expect(reports["2026-03-09-openai-pentagon-fr.md"] == Data(printed.stdout.utf8))
        // And the status filter and the generation time apply
        let verified = try await cli.run([
            "report", "--doc", "d1", "--status", "verified", "--now", "2026-03-11T00:00:00Z", "--out", "-",
        ])
        #expect(verified.stdout.contains("### c3"))
        #expect(!verified.stdout.contains("### c5"))
        #expect(verified.stdout.contains("| Report generated | 2026-03-11T00:00:00Z |"))
        // And the hostile title and note are escaped
        #expect(printed.stdout.contains("# Claim review: OpenAI \\| &lt;b&gt;Pentagone&lt;/b&gt;"))
        #expect(printed.stdout.contains("no record \\[x\\](javascript"))
    }

    @Test func exportsPrintJSONLDCSVAndJSON() async throws {
        let cli = try await Self.reviewedWorkspace()
        // ClaimReview: one review per verdict (c3 verified, c5 unverifiable)
        let reviews = try await #require(try cli.json(["export", "claimreview"]) as? [[String: Any]])
        #expect(reviews.count == 2)
        #expect(reviews.allSatisfy { $0["@type"] as? String == "ClaimReview" })
        // CSV: a header and one CRLF row per claim
        let csv = try await cli.run(["export", "csv", "--out", "claims.csv"])
        #expect(csv.status == 0)
        let text = try String(contentsOfFile: cli.path("claims.csv"), encoding: .utf8)
        let claims = try await #require(try cli.json(["claims", "list", "--json"]) as? [[String: Any]])
        #expect(text.components(separatedBy: "\r\n").count == claims.count + 2)
        // JSON: every document
        let documents = try await #require(try cli.json(["export", "json"]) as? [[String: Any]])
        #expect(documents.count == 1)
    }

    @Test func claimReviewNeedsTheOrganisation() async throws {
        let cli = try CLIRunner()
        try await Self.expectSuccess(cli, ["init"])
        let result = try await cli.run(["export", "claimreview"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--organisation"))
    }

    @Test func shippedExampleMatchesTheDemo() async throws {
        // Given the demo script run in a scratch folder holding the example at the same relative path
        let cli = try CLIRunner()
        let repository = URL(fileURLWithPath: CLIRunner.exampleArticle).deletingLastPathComponent()
            .deletingLastPathComponent()
        try FileManager.default.createDirectory(atPath: cli.path("Examples"), withIntermediateDirectories: true)
        let example = "Examples/2026-03-09-openai-pentagon.fr.txt"
        try FileManager.default.copyItem(atPath: CLIRunner.exampleArticle, toPath: cli.path(example))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [repository.appendingPathComponent("scripts/demo.sh").path, CLIRunner.binary.path, example]
        process.currentDirectoryURL = cli.directory
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // Then the Claims/ and Reports/ it writes are the ones committed
        for folder in ["Claims", "Reports"] {
            let generated = try Self.files(in: cli.path(folder))
            let committed = try Self.files(in: repository.appendingPathComponent(folder).path)
            #expect(!generated.isEmpty)
            #expect(
                generated.keys.sorted() == committed.keys.sorted(),
                "\(folder)/ differs from `make demo`: run it and commit the result"
            )
            for (name, data) in generated {
                #expect(committed[name] == data, "\(folder)/\(name) differs from `make demo`: run it and commit")
            }
        }
    }
}
