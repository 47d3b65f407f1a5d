import Foundation
import Testing

/// The signed head from the command line: `audit head`, `audit verify --head`, and imports that refuse forged
/// ledgers with file:line and leave nothing behind.
@Suite struct LedgerCLITests {
    @Test func publishedHeadIsProvedAndForgedImportLeavesNothing() async throws {
        // Given a reviewed workspace and its published head
        let cli = try await ReportCLITests.reviewedWorkspace()
        try await ReportCLITests.expectSuccess(cli, ["export", "ledger"])
        let head = try await cli.run(["audit", "head"])
        #expect(head.status == 0)
        let first = try #require(head.stdout.split(separator: "\n").first)
        let published = first.split(separator: " ").suffix(2).joined(separator: " ")
        #expect(FileManager.default.fileExists(atPath: cli.path("claimdesk.sqlite.key")))
        let permissions = try FileManager.default.attributesOfItem(atPath: cli.path("claimdesk.sqlite.key"))[
            .posixPermissions
        ]
        #expect((permissions as? Int) == 0o600)
        // When more work is done, the history still contains the published head
        try await ReportCLITests.expectSuccess(cli, ["mark", "c6", "in_review"])
        let verify = try await cli.run(["audit", "verify", "--head", published])
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
        #expect(verify.stdout.contains("integrity_check"))
        let ledger = try await cli.run(["audit", "verify", "--ledger", "Claims", "--head", published])
        #expect(ledger.status == 0, "\(ledger.stderr)")
        // And a head it never had is refused
        let unknown = try await cli.run(["audit", "verify", "--head", String(repeating: "ab", count: 32)])
        #expect(unknown.status == 1)
        // Given the ledger with a verdict forged
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: cli.path("Claims")).first { $0.hasPrefix("2026") }
        )
        let path = cli.path("Claims/" + name)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let forged = text.replacingOccurrences(of: "\"status\" : \"verified\"", with: "\"status\" : \"false\"")
        #expect(forged != text)
        try forged.write(toFile: path, atomically: true, encoding: .utf8)
        // When it is imported into a new workspace
        let result = try await cli.run(["import", "Claims", "--db", "forged/claimdesk.sqlite"])
        // Then it is refused with file:line and the field, and nothing is left behind
        #expect(result.status == 1)
        #expect(result.stderr.contains(name + ":"), "\(result.stderr)")
        #expect(result.stderr.contains("claim.status"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("forged")))
    }
}
