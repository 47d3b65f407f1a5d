import ArgumentParser
import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import ClaimDeskText
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ClaimDesk {
    struct Users: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage the accounts of team mode (`claimdesk serve --team`).",
            discussion: """
                Accounts live in the workspace database (only a bcrypt hash of each password), not in the ledger. \
                Reviewers set statuses and add sources; editors may also override a guardrail, merge claims and \
                download exports; admins may also manage accounts.
                """,
            subcommands: [Add.self, List.self, Disable.self]
        )

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add an account; the password is asked for (twice) on a terminal, else read from stdin."
            )

            @OptionGroup var options: WorkspaceOptions
            @OptionGroup var reviewer: ReviewerOptions
            @Argument(help: "The login name (letters, digits, ., _ and -); it is the actor of the user's events.")
            var name: String
            @Option(help: "What the account may do.") var role: UserRole

            func run() async throws {
                let password = try Self.readPassword(for: name)
                let account = try await options.open(as: reviewer).addUser(name: name, role: role, password: password)
                Output.line("added \(account.name) (\(account.role.rawValue))")
            }

            /// The password: typed twice without echo on a terminal, else the first line of standard input.
            static func readPassword(for name: String) throws -> String {
                guard isatty(STDIN_FILENO) == 1 else {
                    guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
                        throw ClaimDeskError(.badInput, "no password on standard input (one line is read)")
                    }
                    return line
                }
                guard let first = getpass("Password for \(name): ").map({ String(cString: $0) }),
                    let second = getpass("Again: ").map({ String(cString: $0) })
                else { throw ClaimDeskError(.badInput, "cannot read a password from the terminal") }
                guard first == second else {
                    throw ClaimDeskError(.badInput, "the two passwords differ; nothing added")
                }
                return first
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the accounts.")

            @OptionGroup var options: WorkspaceOptions
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let users = try await options.read().users()
                if json {
                    try Output.json(users.map(UserJSON.init))
                    return
                }
                guard !users.isEmpty else {
                    Output.line("No accounts yet: `claimdesk users add NAME --role admin` adds the first.")
                    return
                }
                let rows = users.map { user in
                    [
                        user.name, user.role.rawValue, user.disabled ? "disabled" : "active", user.createdAt,
                        user.createdBy,
                    ]
                }
                Output.line(TextTable(headers: ["NAME", "ROLE", "STATE", "ADDED", "BY"], rows: rows).render())
            }
        }

        struct Disable: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Disable an account: its logins are refused and its open sessions end (it is never deleted)."
            )

            @OptionGroup var options: WorkspaceOptions
            @OptionGroup var reviewer: ReviewerOptions
            @Argument(help: "The login name.") var name: String

            func run() async throws {
                let account = try await options.open(as: reviewer).disableUser(name: name)
                Output.line("disabled \(account.name)")
            }
        }
    }
}

/// An account as `users list --json` prints it (no password hash).
private struct UserJSON: Encodable {
    var name: String
    var role: String
    var disabled: Bool
    var createdAt: String
    var createdBy: String

    init(_ user: UserAccount) {
        name = user.name
        role = user.role.rawValue
        disabled = user.disabled
        createdAt = user.createdAt
        createdBy = user.createdBy
    }

    enum CodingKeys: String, CodingKey {
        case name, role, disabled
        case createdAt = "created_at"
        case createdBy = "created_by"
    }
}
