import Foundation
import Testing

@Suite struct CLITests {
    @Test func helpAndVersion() async throws {
        let cli = try CLIRunner()
        let help = try await cli.run(["--help"])
        #expect(help.status == 0)
        for command in ["init", "ingest", "docs", "claims", "source", "verify", "mark", "history", "audit"] {
            #expect(help.stdout.contains(command), "help lists \(command)")
        }
        let mark = try await cli.run(["mark", "--help"])
        #expect(mark.stdout.contains("in_review") && mark.stdout.contains("dismissed"))
        await #expect(try cli.run(["--version"]).stdout.contains("0.1"))
    }

    @Test func commandsOutsideAWorkspaceSayHowToCreateOne() async throws {
        let cli = try CLIRunner()
        let result = try await cli.run(["claims", "list"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("claimdesk init"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("claimdesk.sqlite")))
    }

    @Test func ingestTheExampleAndReadItBack() async throws {
        // Given a new workspace
        let cli = try CLIRunner()
        await #expect(try cli.run(["init"]).status == 0)
        // When the example is ingested twice
        let first = try await cli.json(["ingest", CLIRunner.exampleArticle, "--json"]) as? [String: Any]
        let second = try await cli.json(["ingest", CLIRunner.exampleArticle, "--json"]) as? [String: Any]
        // Then the second ingest reports the same document, not new
        let firstDoc = try #require((first?["documents"] as? [[String: Any]])?.first)
        let secondDoc = try #require((second?["documents"] as? [[String: Any]])?.first)
        #expect(firstDoc["new"] as? Bool == true)
        #expect(secondDoc["new"] as? Bool == false)
        #expect(firstDoc["id"] as? String == secondDoc["id"] as? String)
        #expect(firstDoc["sha256"] as? String == "c4c2cc3b60c16c268924e8d14747322e7be660c2e25e25cf5f26f3abcfcc62a6")
        // And the document keeps its provenance and text
        let document = try await #require(try cli.json(["docs", "show", "d1", "--json"]) as? [String: Any])
        #expect(document["lang"] as? String == "fr")
        #expect(document["published"] as? String == "2026-03-09")
        #expect(document["ingested_at"] as? String == "2026-03-10T09:00:00Z")
        let text = try #require(document["text"] as? String)
        // And every claim's occurrences are exact slices of that text
        let claims = try await #require(try cli.json(["claims", "list", "--json"]) as? [[String: Any]])
        #expect(!claims.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for claim in claims {
            for key in [
                "id", "document", "text", "type", "status", "score", "hedged", "numbers", "dates", "occurrences",
            ] {
                #expect(claim[key] != nil, "claim has \(key)")
            }
            #expect(claim["status"] as? String == "unverified")
            for occurrence in try #require(claim["occurrences"] as? [[String: Any]]) {
                let start = try #require(occurrence["start"] as? Int)
                let end = try #require(occurrence["end"] as? Int)
                let exact = String(String.UnicodeScalarView(scalars[start..<end]))
                #expect(occurrence["exact"] as? String == exact)
            }
        }
        // And the human listings work
        await #expect(try cli.run(["docs", "list"]).stdout.contains("d1"))
        await #expect(try cli.run(["claims", "show", "c1"]).stdout.contains("occurrences"))
    }

    @Test func badInputsFailClearlyAndStoreNothing() async throws {
        let cli = try CLIRunner()
        try await cli.run(["init"])
        try cli.write("empty.txt", bytes: [])
        try cli.write("binary.bin", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        try cli.write("latin1.txt", bytes: Array("Le caf".utf8) + [0xE9, 0x20] + Array("co\u{FB}te 2 euros.".utf8))
        try cli.write("good.txt", bytes: Array("Le budget a atteint 12 millions d'euros en 2025.".utf8))
        let result = try await cli.run([
            "ingest", "missing.txt", ".", "empty.txt", "binary.bin", "latin1.txt", "good.txt", "--json",
        ])
        // The good file is ingested, the others reported, and the exit status says some failed
        #expect(result.status == 1)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        )
        #expect((report["documents"] as? [Any])?.count == 1)
        let errors = try #require(report["errors"] as? [[String: String]])
        #expect(errors.count == 5)
        let messages = errors.compactMap { $0["error"] }.joined(separator: "\n")
        #expect(messages.contains("no such file"))
        #expect(messages.contains("directory"))
        #expect(messages.contains("empty"))
        #expect(messages.contains("binary"))
        #expect(messages.contains("not valid UTF-8 (invalid byte at offset 6)"))
        #expect(result.stderr.contains("missing.txt"))
        let docs = try await #require(try cli.json(["docs", "list", "--json"]) as? [Any])
        #expect(docs.count == 1)
    }

    @Test func standardInputAndOptions() async throws {
        let cli = try CLIRunner()
        try await cli.run(["init"])
        let result = try await cli.run(
            [
                "ingest", "-", "--lang", "en", "--title", "Budget", "--published", "2026-01-02", "--url",
                "https://n.example/a",
            ],
            stdin: "The agency reportedly cut 4,600 jobs in 2025, according to officials."
        )
        #expect(result.status == 0, "\(result.stderr)")
        let document = try await #require(try cli.json(["docs", "show", "d1", "--json"]) as? [String: Any])
        #expect(document["origin"] as? String == "-")
        #expect(document["title"] as? String == "Budget")
        #expect(document["lang"] as? String == "en")
        #expect(document["url"] as? String == "https://n.example/a")
        let bad = try await cli.run(["ingest", "x.txt", "--published", "March 2026"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("YYYY-MM-DD"))
    }

    @Test func reviewGuardrailsAndExitCodes() async throws {
        let cli = try CLIRunner()
        try await cli.run(["init"])
        try await cli.run(["ingest", CLIRunner.exampleArticle])
        let refused = try await cli.run(["verify", "c1"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("supporting source"))
        await #expect(try cli.run(["verify", "c9999"]).stderr.contains("not found"))
        await #expect(try cli.run(["verify", "banana"]).status != 0)
        await #expect(try cli.run(["mark", "c1", "wrong_status", "--note", "x"]).status != 0)
        await #expect(try cli.run(["source", "add", "c1", "https://x.example", "--stance", "maybe"]).status != 0)
        await #expect(
            try cli.run(["source", "add", "c1", "not a url", "--stance", "supports"]).stderr.contains(
                "not a usable source URL"
            )
        )
        let added = try await cli.run([
            "source", "add", "c1", "https://x.example/page", "--stance", "supports", "--excerpt", "a déclaré",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        await #expect(try cli.run(["verify", "c1", "--note", "checked"]).status == 0)
        let history = try await #require(try cli.json(["history", "c1", "--json"]) as? [[String: Any]])
        #expect(history.last?["action"] as? String == "status")
        #expect(history.last?["actor"] as? String == "cli-test")
        // The extract and source_add events show the record their hash covers; a status change has none
        let extract = try #require(history.first { $0["action"] as? String == "extract" })
        let record = try #require(extract["record"] as? String)
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
        #expect(fields["originalText"] as? String == extract["to"] as? String)
        #expect(history.first { $0["action"] as? String == "source_add" }?["record"] as? String != nil)
        #expect(history.last?["record"] == nil)
        await #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    @Test func manyProcessesWritingAtOnceLoseNoEvent() async throws {
        // Given a workspace with the example's claims
        let cli = try CLIRunner()
        try await cli.run(["init"])
        try await cli.run(["ingest", CLIRunner.exampleArticle])
        let claims = try await #require(try cli.json(["claims", "list", "--json"]) as? [[String: Any]])
        try #require(claims.count >= 4)
        // When 4 processes each mark their own claim 50 times back and forth, at the same time
        let rounds = 50
        let failures = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 1...4 {
                group.addTask {
                    var failures: [String] = []
                    for round in 0..<rounds {
                        let status = round % 2 == 0 ? "in_review" : "unverified"
                        let result = try await cli.run(["mark", "c\(worker)", status, "--note", "round \(round)"])
                        if result.status != 0 { failures.append(result.stderr) }
                    }
                    return failures
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        // Then no command failed (no "database is locked") and every event is in the intact chain
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        for worker in 1...4 {
            let history = try await #require(try cli.json(["history", "c\(worker)", "--json"]) as? [[String: Any]])
            #expect(history.filter { $0["action"] as? String == "status" }.count == rounds)
        }
        await #expect(try cli.run(["audit", "verify"]).status == 0)
    }
}
