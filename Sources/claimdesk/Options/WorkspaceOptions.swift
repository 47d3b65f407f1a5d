public import ArgumentParser
public import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import ClaimDeskText
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

    /// The process environment, where `CLAIMDESK_*` settings are read.
    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The workspace these options name.
    var workspace: Workspace { Workspace.resolve(option: db, environment: environment) }

    /// Opens the existing workspace to read only: nothing is written, the schema must be current.
    func read() throws -> ClaimDeskService {
        try ClaimDeskService.open(
            workspace,
            actor: "",
            clock: ServiceClock.from(environment: environment),
            logger: CommandLogging.logger,
            readOnly: true
        )
    }

    /// Opens the existing workspace to record something; `reviewer` is who acts.
    func open(as reviewer: ReviewerOptions? = nil) throws -> ClaimDeskService {
        try ClaimDeskService.open(
            workspace,
            actor: reviewer?.name ?? "",
            clock: ServiceClock.from(environment: environment),
            logger: CommandLogging.logger
        )
    }

    /// Creates the workspace when needed and opens it.
    func create(as reviewer: ReviewerOptions? = nil) throws -> (service: ClaimDeskService, created: Bool) {
        try ClaimDeskService.create(
            workspace,
            actor: reviewer?.name ?? "",
            clock: ServiceClock.from(environment: environment),
            logger: CommandLogging.logger
        )
    }
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

    /// Writes `bytes` (UTF-8 this program built) to standard output, straight from the buffer (after what
    /// `print` holds), however large.
    ///
    /// - Throws: ``ClaimDeskError`` `.badInput` when standard output is closed or the disk is full.
    static func write(_ bytes: [UInt8]) throws {
        fflush(nil)  // every C stream, so what `print` holds comes first
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(STDOUT_FILENO, base + offset, raw.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    throw ClaimDeskError(
                        .badInput,
                        "cannot write to standard output (closed, or the disk is full); the output is incomplete",
                        cause: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    )
                }
                offset += written
            }
        }
    }

    /// Prints human-readable text to standard output, with every control character of untrusted text made
    /// visible (``TerminalText``), so an article, a title or a file name cannot drive the terminal.
    static func line(_ text: String, terminator: String = "\n") {
        print(TerminalText.sanitize(text), terminator: terminator)
    }

    /// Writes a line to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((TerminalText.sanitize(message) + "\n").utf8))
    }

    /// Rewrites the progress line on standard error (a terminal); nil clears it.
    static func progress(_ message: String?) {
        let line = message.map { "\r\u{1B}[K" + $0 } ?? "\r\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// Writes command output to a file (atomically) or to standard output (`-`).
enum FileOutput {
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ClaimDeskError(.badInput, "cannot write \(path): \(error.localizedDescription)", subject: path)
        }
    }
}

extension ClaimStatus: ExpressibleByArgument {}
extension ClaimType: ExpressibleByArgument {}
extension Stance: ExpressibleByArgument {}
extension UserRole: ExpressibleByArgument {}

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
