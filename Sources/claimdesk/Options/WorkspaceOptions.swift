public import ArgumentParser
public import ClaimDeskKit
import Foundation
import Logging

/// The options every workspace command shares.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The workspace database.",
            discussion: "Defaults to $CLAIMDESK_DB, else ./claimdesk.sqlite. Claims/ and Reports/ sit next to it.",
            valueName: "path"
        )
    )
    var db: String?

    /// The workspace these options name.
    var workspace: Workspace {
        Workspace.resolve(option: db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the existing workspace's store.
    func openStore() throws -> ClaimStore {
        try workspace.open()
    }

    /// The command's logger: standard error, at the level `CLAIMDESK_LOG` names (default `warning`).
    var logger: Logger { CommandLogging.logger }

    /// The time to record, honouring CLAIMDESK_NOW.
    var now: String { Timestamp.now(environment: ProcessInfo.processInfo.environment) }
}

/// The reviewer identity option of commands that write history.
struct ReviewerOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Who is acting (default: $CLAIMDESK_REVIEWER, else git's user.name, else the OS user)."
    )
    var reviewer: String?

    /// The resolved reviewer name.
    var name: String {
        ReviewerIdentity.resolve(option: reviewer, environment: ProcessInfo.processInfo.environment)
    }
}

/// Output helpers shared by commands.
enum Output {
    /// Prints `value` as the stable JSON contract.
    static func json(_ value: some Encodable) throws {
        print(try ContractJSON.encode(value))
    }

    /// Writes a line to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A malformed argument found while running (after parsing), reported without the usage block.
struct ArgumentError: Error, CustomStringConvertible {
    var description: String
}

/// Parses a public id argument, or fails saying what an id looks like.
func parseID(_ text: String, as kind: PublicID.Kind, what: String) throws -> Int64 {
    guard let id = PublicID.parse(text, as: kind) else {
        throw ArgumentError(
            description: "'\(text)' is not a \(what) id (expected something like \(kind.rawValue)12; "
                + "`claimdesk \(kind == .document ? "docs" : kind == .source ? "source" : "claims") list` lists them)"
        )
    }
    return id
}

extension ClaimStatus: ExpressibleByArgument {}
extension ClaimType: ExpressibleByArgument {}
extension Stance: ExpressibleByArgument {}

/// Logging for the CLI: configured once per process from `CLAIMDESK_LOG` (trace, debug, info, notice, warning,
/// error, critical), written to standard error.
enum CommandLogging {
    static let logger: Logger = {
        let level =
            ProcessInfo.processInfo.environment["CLAIMDESK_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "claimdesk")
    }()
}
