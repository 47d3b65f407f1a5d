import Foundation
import Testing

@Suite struct CurationCLITests {
    @Test func editMergeAndRemoveRecordEverything() async throws {
        // Given the example with a source on c1
        let cli = try CLIRunner()
        try await cli.run(["init"])
        try await cli.run(["ingest", CLIRunner.exampleArticle])
        try await cli.run(["source", "add", "c1", "https://a.example/page", "--stance", "context"])
        // When a reviewer restates c1, merges c2 into it and removes the source
        let edited = try await #require(
            try cli.json(["claims", "edit", "c1", "--text", "Kalinowski resigned from OpenAI", "--json"])
                as? [String: Any]
        )
        #expect(edited["text"] as? String == "Kalinowski resigned from OpenAI")
        #expect((edited["original_text"] as? String)?.contains("démission") == true)
        let merged = try await #require(
            try cli.json(["claims", "merge", "c1", "c2", "--note", "same", "--json"]) as? [String: Any]
        )
        #expect((merged["occurrences"] as? [Any])?.count ?? 0 >= 2)
        let removed = try await #require(
            try cli.json(["source", "remove", "s1", "--note", "wrong page", "--json"]) as? [String: Any]
        )
        #expect(removed["removed"] as? Bool == true)
        // Then the history has each step, c2 is gone from listings but still shown, and the chain holds
        let actions = try await #require(try cli.json(["history", "c1", "--json"]) as? [[String: Any]]).compactMap {
            $0["action"] as? String
        }
        for action in ["extract", "source_add", "edit", "merge", "source_remove"] {
            #expect(actions.contains(action), "history has \(action)")
        }
        let listed = try await #require(try cli.json(["claims", "list", "--json"]) as? [[String: Any]])
        #expect(!listed.contains { $0["id"] as? String == "c2" })
        await #expect(try cli.run(["claims", "show", "c2"]).stdout.contains("merged into c1"))
        await #expect(try cli.run(["source", "remove", "s1", "--note", "again"]).stderr.contains("already removed"))
        await #expect(try cli.run(["audit", "verify"]).status == 0)
    }
}
