import Foundation
import Testing

/// Hostile input through the command line: private-network URLs, script and control sequences in what pages and
/// files say, foreign and read-only databases, impossible dates.
@Suite struct HostileInputCLITests {
    typealias Server = SourceCheckCLITests.Server

    /// A runner with the private-network policy in force (the default runner allows loopback for its servers).
    static func strictRunner() throws -> CLIRunner {
        var cli = try CLIRunner()
        cli.environment["CLAIMDESK_ALLOW_PRIVATE_NETWORK"] = nil
        return cli
    }

    @Test func privateNetworkURLsAreRefusedUnlessAllowed() async throws {
        let server = try Server()
        defer { server.stop() }
        let cli = try Self.strictRunner()
        #expect(try await cli.run(["init"]).status == 0)
        // Ingesting a loopback URL is refused, and nothing is stored
        let ingest = try await cli.run(["ingest", server.url("/article")])
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("--allow-private-network"))
        #expect((try await cli.json(["docs", "list", "--json"]) as? [Any])?.isEmpty == true)
        // With the flag it is fetched
        #expect(try await cli.run(["ingest", server.url("/article"), "--allow-private-network"]).status == 0)
        // A metadata-service or loopback source is refused with the same way out
        for url in ["http://169.254.169.254/latest/meta-data/", "http://[::1]:\(server.port)/", server.url("/x")] {
            let added = try await cli.run(["source", "add", "c1", url, "--stance", "supports"])
            #expect(added.status == 1, "\(url)")
            #expect(added.stderr.contains("--allow-private-network"))
        }
        // A source allowed in, then checked without the flag, records a blocked_address capture
        #expect(
            try await cli.run(["source", "add", "c1", server.url("/article"), "--stance", "supports", "--allow-private-network"])
                .status == 0
        )
        let check = try #require(try await cli.json(["source", "check", "c1", "--json"]) as? [[String: Any]])
        #expect((check.first?["capture"] as? [String: Any])?["error"] as? String == "blocked_address")
    }

    @Test func pagesCannotScriptClaimReviewOrDriveTheTerminal() async throws {
        let server = try Server()
        defer { server.stop() }
        let cli = try CLIRunner()
        let organisation = ["init", "--organisation", "Desk </script><script>x()</script>"]
        #expect(try await cli.run(organisation + ["--organisation-url", "javascript:alert(1)"]).status == 1)
        #expect(try await cli.run(organisation + ["--organisation-url", "https://desk.example"]).status == 0)
        #expect(try await cli.run(["ingest", server.url("/hostile")]).status == 0)
        #expect(try await cli.run(["mark", "c1", "false", "--note", "wrong </script>"]).status == 0)
        // ClaimReview JSON-LD: no raw `<`, `>`, `&`, no javascript: URL, and still valid JSON
        let reviews = try await cli.run(["export", "claimreview"])
        #expect(reviews.status == 0)
        #expect(!reviews.stdout.contains("<") && !reviews.stdout.contains(">") && !reviews.stdout.contains("&"))
        #expect(!reviews.stdout.lowercased().contains("javascript:"))
        #expect(try JSONSerialization.jsonObject(with: Data(reviews.stdout.utf8)) is [Any])
        // Every command that prints the page's title or text keeps ESC and bidi overrides out of the terminal
        try cli.write("escapes.txt", bytes: Array("Le d\u{E9}ficit a atteint 4,2 % en 2025 \u{1B}[2J\u{1B}]0;x\u{07} \u{202E}abc.\n".utf8))
        #expect(try await cli.run(["ingest", "escapes.txt"]).status == 0)
        let commands: [[String]] = [
            ["claims", "list"], ["claims", "show", "c1"], ["claims", "search", "deficit"], ["docs", "list"],
            ["docs", "show", "d1"], ["docs", "show", "d2"], ["extract", "escapes.txt"], ["sentences", "escapes.txt"],
            ["export", "csv"], ["history", "c1"], ["source", "list"],
        ]
        for command in commands {
            let result = try await cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let raw = result.stdout.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value)
            }
            #expect(raw.isEmpty, "\(command) printed \(raw.map { String($0.value, radix: 16) })")
        }
    }

    @Test func aForeignDatabaseIsRefusedAndLeftUntouched() async throws {
        // Given someone else's SQLite file (made by Python's sqlite3 module)
        let cli = try CLIRunner()
        let foreign = cli.path("foreign.sqlite")
        let maker = Process()
        maker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        maker.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", foreign,
        ]
        try maker.run()
        maker.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        // When read and write commands are pointed at it
        for command in [["claims", "list"], ["ingest", "-"], ["export", "json"], ["init"]] {
            let result = try await cli.run(command + ["--db", foreign], stdin: "Le budget a atteint 12 millions.")
            // Then each refuses, saying why, and the file is byte for byte what it was (no tables, no WAL switch)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("not a ClaimDesk workspace"), "\(command): \(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before, "\(command) changed the file")
        }
    }

    @Test func readCommandsLeaveTheDatabaseFileAsItIs() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run(["init"]).status == 0)
        try cli.write("a.txt", bytes: Array("Le budget a atteint 12 millions d'euros en 2025.".utf8))
        #expect(try await cli.run(["ingest", "a.txt"]).status == 0)
        let database = URL(fileURLWithPath: cli.path("claimdesk.sqlite"))
        let before = try Data(contentsOf: database)
        let modified = try FileManager.default.attributesOfItem(atPath: database.path)[.modificationDate] as? Date
        for command in [["claims", "list"], ["docs", "show", "d1"], ["claims", "search", "budget"], ["audit", "verify"],
            ["export", "csv"], ["history", "c1"]]
        {
            #expect(try await cli.run(command).status == 0, "\(command)")
        }
        #expect(try Data(contentsOf: database) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: database.path)[.modificationDate] as? Date == modified)
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31", "２０２６-01-01"])
    func impossibleDatesAreRefused(date: String) async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run(["init"]).status == 0)
        let result = try await cli.run(["ingest", "-", "--published", date], stdin: "Le budget a atteint 12 millions.")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--published"))
    }
}
