import Foundation
import Testing

/// Runs the built `claimdesk` binary (next to the test bundle) on the extraction commands.
@Suite struct ExtractionCommandTests {
    private static func run(_ arguments: [String], stdin: String? = nil) async throws -> CLIRunner.Result {
        try await CLIRunner().run(arguments, stdin: stdin)
    }

    @Test func sentencesPrintsOneSentencePerLine() async throws {
        // Given French text on standard input
        let run = try await Self.run(["sentences", "--lang", "fr", "-"], stdin: "M. Dupont a 1,5 million. Il part.\nFin")
        // Then each sentence is one line, in order
        #expect(run.status == 0)
        #expect(run.stdout == "M. Dupont a 1,5 million.\nIl part.\nFin\n")
    }

    @Test func checkworthinessPrintsOneScorePerLine() async throws {
        let run = try await Self.run(
            ["checkworthiness", "--lang", "en", "-"],
            stdin: "Unemployment fell to 3.5 percent in 2019.\nThank you.\nWe cut taxes by $2 billion.\n"
        )
        let scores = run.stdout.split(separator: "\n").compactMap { Double($0) }
        #expect(run.status == 0)
        #expect(scores.count == 3)
        #expect(scores[0] > scores[1])
    }

    @Test func extractJSONFollowsTheContract() async throws {
        // Given a text with a dateline and a hedged figure
        let text = " date 2026-03-09 Selon Le Monde, environ 1,5 million d'abonnés auraient quitté ChatGPT en 2026."
        // When extracted as JSON
        let run = try await Self.run(["extract", "--lang", "fr", "--json", "-"], stdin: text)
        #expect(run.status == 0)
        let claims = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let claim = try #require(claims.first)
        // Then the claim has the contract's keys and code-point offsets into the input
        #expect(claim["type"] as? String == "statistic")
        #expect(claim["hedged"] as? Bool == true)
        #expect(claim["original_text"] as? String == claim["text"] as? String)
        let occurrence = try #require((claim["occurrences"] as? [[String: Any]])?.first)
        let start = try #require(occurrence["start"] as? Int)
        let end = try #require(occurrence["end"] as? Int)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == occurrence["exact"] as? String)
    }

    @Test func badInputFailsLikeIngest() async throws {
        // A missing file and empty input print `error: …` and exit non-zero
        let missing = try await Self.run(["extract", "/nonexistent/article.txt"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("error: "))
        let empty = try await Self.run(["sentences", "-"], stdin: "")
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("empty"))
    }

    @Test func hugeNumbersPrintInTheTableAndJSONWithoutACrash() async throws {
        // Given the sentence that crashed the table (SIGILL: Double value cannot be converted to Int64)
        let text = "The debt reached 999,999,999 trillion dollars in 2025, according to the official report."
        // When it is extracted as a table and as JSON
        let table = try await Self.run(["extract", "--lang", "en", "-"], stdin: text)
        let json = try await Self.run(["extract", "--lang", "en", "--json", "-"], stdin: text)
        // Then both succeed, and the value is written out in full (1e+21 is not an Int64)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(json.status == 0, "\(json.stderr)")
        #expect(table.stdout.contains("9.99999999e+20"))
        let claims = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let numbers = try #require(claims.first?["numbers"] as? [[String: Any]])
        #expect(numbers.contains { ($0["value"] as? Double) == 999_999_999e12 })
    }

    @Test func hostileNumbersGoThroughEveryCommandOutput() async throws {
        // Given numbers of every size, sign and spelling, in both languages
        let spellings = [
            "999,999,999 trillion", "-1e308", "+4,2e-400", "1.7976931348623157e308", "−12,5 %",
            "123456789012345678901234567890", "0,000000000000000000001", "moins 3 milliards", "9 007 199 254 740 993",
            "1 000 000 000 000 000 000 000 points", "−0.0", "42 trillion trillion",
        ]
        let text = spellings.enumerated().map { index, value in
            index % 2 == 0
                ? "Selon l'Insee, la dette a atteint \(value) euros en 2025."
                : "The deficit reached \(value) dollars in 2025, the ministry said."
        }.joined(separator: "\n\n")
        let cli = try CLIRunner()
        try cli.write("numbers.txt", bytes: Array(text.utf8))
        // When every command that prints values runs on them
        #expect(try await cli.run(["init", "--organisation", "Desk", "--organisation-url", "https://desk.example"]).status == 0)
        let commands: [[String]] = [
            ["extract", "numbers.txt"], ["extract", "--json", "numbers.txt"], ["ingest", "numbers.txt"],
            ["claims", "list"], ["claims", "list", "--json"], ["claims", "show", "c1"], ["mark", "c1", "false", "--note", "n"],
            ["export", "csv"], ["export", "json"], ["export", "claimreview"], ["report", "--out", "-"],
            ["report", "--doc", "d1", "--out", "-"], ["export", "ledger"],
        ]
        // Then none crashes
        for command in commands {
            let result = try await cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }
}
