import Foundation
import Testing

/// Runs the built `claimdesk` binary (next to the test bundle) on the extraction commands.
@Suite struct ExtractionCommandTests {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private static func binary() throws -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("claimdesk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fallback = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("claimdesk")
        try #require(FileManager.default.isExecutableFile(atPath: fallback.path), "claimdesk binary not built")
        return fallback
    }

    private static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self)
        )
    }

    @Test func sentencesPrintsOneSentencePerLine() async throws {
        // Given French text on standard input
        let run = try Self.run(["sentences", "--lang", "fr", "-"], stdin: "M. Dupont a 1,5 million. Il part.\nFin")
        // Then each sentence is one line, in order
        #expect(run.status == 0)
        #expect(run.stdout == "M. Dupont a 1,5 million.\nIl part.\nFin\n")
    }

    @Test func checkworthinessPrintsOneScorePerLine() async throws {
        let run = try Self.run(
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
        let run = try Self.run(["extract", "--lang", "fr", "--json", "-"], stdin: text)
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
        let missing = try Self.run(["extract", "/nonexistent/article.txt"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("error: "))
        let empty = try Self.run(["sentences", "-"], stdin: "")
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("empty"))
    }
}
