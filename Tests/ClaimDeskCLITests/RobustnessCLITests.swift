import Foundation
import Testing

@Suite struct RobustnessCLITests {
    @Test func lockedDatabaseFailsClearlyAndLosesNothing() async throws {
        // Given a workspace whose database another process holds in an exclusive transaction
        var cli = try CLIRunner()
        try await cli.run(["init"])
        try cli.write("a.txt", bytes: Array("Le budget a atteint 12 millions d'euros en 2025.".utf8))
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = [
            "python3", "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
                + "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(4); c.execute('ROLLBACK')",
            cli.path("claimdesk.sqlite"),
        ]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        _ = ready.fileHandleForReading.availableData  // waits for "locked"
        // When claimdesk tries to write with a 1 s busy timeout
        cli.environment["CLAIMDESK_BUSY_TIMEOUT"] = "1"
        let result = try await cli.run(["ingest", "a.txt"])
        holder.waitUntilExit()
        // Then it fails with a message that says what and how, and nothing was stored
        #expect(result.status != 0)
        #expect(result.stderr.contains("locked by another process"))
        #expect(result.stderr.contains("Retry"))
        let docs = try await #require(try cli.json(["docs", "list", "--json"]) as? [Any])
        #expect(docs.isEmpty)
        // And once the lock is gone the same command works
        await #expect(try cli.run(["ingest", "a.txt"]).status == 0)
        await #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    @Test func aFileThatIsNotADatabaseIsNamed() async throws {
        let cli = try CLIRunner()
        try cli.write("notes.sqlite", bytes: Array(String(repeating: "not a database at all ", count: 100).utf8))
        let result = try await cli.run(["claims", "list", "--db", "notes.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not a ClaimDesk database") || result.stderr.contains("not a database"))
    }
}
