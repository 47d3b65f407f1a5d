import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kill -9` during `ingest` and `import`: each document is then fully there (with all its claims, and a history
/// that proves) or absent.
@Suite(.serialized) struct CrashCLITests {
    static let files = (1...24).map { index in
        (
            "doc\(index).txt",
            "Le budget numéro \(index) a atteint \(index * 7) milliards d'euros en 20\(10 + index % 10).\n\n"
                + "« Nous avons recruté \(index * 100) personnes », a déclaré la ministre \(index)."
        )
    }

    /// Starts `claimdesk ARGS` and kills it with SIGKILL after `delay` seconds (or lets it finish).
    static func killed(_ cli: CLIRunner, _ arguments: [String], after delay: Double) async throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = cli.directory
        process.environment = cli.environment
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Documents by origin file name → claim count, from `docs list --json`.
    static func documents(_ cli: CLIRunner, db: String) async throws -> [String: Int] {
        let result = try await cli.run(["docs", "list", "--json", "--db", db])
        guard result.status == 0 else { return [:] }
        let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        var out: [String: Int] = [:]
        for document in list {
            let origin = (document["origin"] as? String).map { ($0 as NSString).lastPathComponent } ?? "?"
            out[origin] = document["claims"] as? Int ?? -1
        }
        return out
    }

    @Test func killDuringIngestAndImportLeavesWholeDocumentsOrNone() async throws {
        // Given the documents ingested once without interruption: the reference counts and a ledger
        let cli = try CLIRunner()
        var environment = cli.environment
        environment["CLAIMDESK_SIGNING_KEY"] = String(repeating: "3c", count: 32)
        var runner = cli
        runner.environment = environment
        for (name, text) in Self.files { try runner.write(name, bytes: Array(text.utf8)) }
        let names = Self.files.map(\.0)
        #expect(try await runner.run(["init", "--db", "ref/claimdesk.sqlite"]).status == 0)
        #expect(try await runner.run(["ingest"] + names + ["--db", "ref/claimdesk.sqlite"]).status == 0)
        #expect(try await runner.run(["export", "ledger", "Ledger", "--db", "ref/claimdesk.sqlite"]).status == 0)
        let reference = try await Self.documents(runner, db: "ref/claimdesk.sqlite")
        #expect(reference.count == names.count)
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<20 {
            // When a command is killed at a random moment
            let db = "t\(trial)/claimdesk.sqlite"
            let delay = Double.random(in: 0.01...0.35, using: &generator)
            if trial % 2 == 0 {
                #expect(try await runner.run(["init", "--db", db]).status == 0)
                try await Self.killed(runner, ["ingest"] + names + ["--db", db], after: delay)
            } else {
                try await Self.killed(runner, ["import", "Ledger", "--db", db], after: delay)
            }
            // Then every document there has all its claims, and the history proves
            let found = try await Self.documents(runner, db: db)
            for (origin, claims) in found {
                #expect(reference[origin] == claims, "trial \(trial): \(origin) has \(claims) claims")
            }
            if trial % 2 == 1 { #expect(found.isEmpty || found.count == names.count, "trial \(trial): \(found.count)") }
            if FileManager.default.fileExists(atPath: runner.path(db)), !found.isEmpty {
                let audit = try await runner.run(["audit", "verify", "--db", db])
                #expect(audit.status == 0, "trial \(trial): \(audit.stdout) \(audit.stderr)")
            }
        }
    }
}
