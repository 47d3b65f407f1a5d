import Foundation
import Testing

/// `claimdesk users`: team mode's accounts, added with a password read from standard input.
@Suite struct UsersCLITests {
    @Test func addListAndDisableAnAccountWithoutEverStoringThePassword() async throws {
        // Given a workspace
        let cli = try CLIRunner()
        try await cli.run(["init"])
        // When an account is added with its password on standard input
        let password = "correct horse battery staple"
        let added = try await cli.run(["users", "add", "alice", "--role", "editor"], stdin: password + "\n")
        // Then it is listed with its role, and the database holds no trace of the password
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("added alice (editor)"))
        let list = try await cli.run(["users", "list"])
        #expect(list.stdout.contains("alice"))
        #expect(list.stdout.contains("editor"))
        #expect(list.stdout.contains("active"))
        #expect(list.stdout.contains("cli-test"), "who added it")
        let bytes =
            try Data(contentsOf: URL(fileURLWithPath: cli.path("claimdesk.sqlite")))
            + ((try? Data(contentsOf: URL(fileURLWithPath: cli.path("claimdesk.sqlite-wal")))) ?? Data())
        #expect(bytes.range(of: Data(password.utf8)) == nil, "only the bcrypt hash is stored")
        #expect(bytes.range(of: Data("$2b$12$".utf8)) != nil, "a bcrypt hash of cost 12")
        // And a second account of that name, a short password or an unknown role is refused
        let again = try await cli.run(["users", "add", "ALICE", "--role", "reviewer"], stdin: password + "\n")
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        let short = try await cli.run(["users", "add", "bob", "--role", "reviewer"], stdin: "short\n")
        #expect(short.status != 0)
        #expect(short.stderr.contains("at least 10 characters"))
        let role = try await cli.run(["users", "add", "bob", "--role", "owner"], stdin: password + "\n")
        #expect(role.status != 0)
        let spaced = try await cli.run(["users", "add", "bob smith", "--role", "reviewer"], stdin: password + "\n")
        #expect(spaced.status != 0)
        #expect(spaced.stderr.contains("no spaces"))
        // When the account is disabled, Then the list says so
        let disabled = try await cli.run(["users", "disable", "alice"])
        #expect(disabled.status == 0)
        let after = try await cli.run(["users", "list", "--json"])
        #expect(after.stdout.contains("\"disabled\" : true"))
        let unknown = try await cli.run(["users", "disable", "nobody"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("user nobody not found"))
    }
}
