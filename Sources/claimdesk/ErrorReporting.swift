import ArgumentParser
import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskText
import Foundation

/// How the command line reports a failure: the words on standard error and the exit status.
///
/// Exit statuses: 0 success; 1 the action failed (refused by a rule, not found, bad input, a failed fetch, a
/// tampered history or ledger, a database error; or some of several inputs failed); 64 a malformed command line
/// (unknown option, malformed id or date; the usage is printed); 75 the database stayed locked by another
/// process (retry later).
enum ErrorReporting {
    /// The exit status for a locked database (EX_TEMPFAIL).
    static let locked: Int32 = 75

    /// The message and exit status for `error`, or nil when the argument parser should report it (usage errors,
    /// help, explicit exit codes).
    static func report(_ error: any Error) -> (message: String, status: Int32)? {
        switch error {
        case let error as ClaimDeskError:
            return ("error: \(error.message)", error.code == .locked ? locked : 1)
        case let error as LedgerError:
            return ("error: \(error)", 1)
        default:
            return nil
        }
    }
}

extension ClaimDesk {
    /// Runs the command the arguments name, reporting ClaimDesk's own errors in its words and exit statuses.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let (message, status) = ErrorReporting.report(error) {
                FileHandle.standardError.write(Data((TerminalText.sanitize(message) + "\n").utf8))
                Foundation.exit(status)
            }
            exit(withError: error)
        }
    }
}
