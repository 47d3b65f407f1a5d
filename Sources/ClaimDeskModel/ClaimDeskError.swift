public import ClaimDeskText
public import Foundation

/// Why a ClaimDesk action failed: a code the caller can act on, the data it is about, and a message.
///
/// One shape for the store, the model's rules and the service: the code says what kind of failure it is (and so
/// which exit status or HTTP status it maps to), `subject` names what it is about (an id, a path, a URL), and
/// `cause` keeps the error that was wrapped. `message` is the default wording, written for the command line; the
/// web layer words its own messages from the code and subject where it needs to.
public struct ClaimDeskError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// What kind of failure.
    public enum Code: String, Sendable, Equatable, CaseIterable {
        /// No workspace database at the path.
        case noWorkspace = "no_workspace"
        /// A record named by the user does not exist.
        case notFound = "not_found"
        /// The request contradicts the rules (guardrails, a quote that does not anchor, a bad URL).
        case refused
        /// Another process held the database longer than the busy timeout.
        case locked
        /// The history's hash chain, or a ledger, does not verify.
        case tampered
        /// SQLite or file-system failure.
        case database
        /// An input that cannot be used as it is: an empty, binary or non-UTF-8 file, a missing path, a folder.
        case badInput = "bad_input"
        /// A fetch that did not give a usable page (network error, HTTP error status, not a text page).
        case fetchFailed = "fetch_failed"
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String
    /// What the failure is about: an id (`c12`), a path or a URL; nil when it is about nothing in particular.
    public var subject: String?
    /// Which rule refused, with its data, when a rule of the model refused (code `.refused`).
    public var reason: Reason?
    /// The error this one wraps, if any.
    public var cause: (any Error & Sendable)?

    /// The rule of the model that refused an action, with what it found.
    public enum Reason: Sendable, Hashable {
        /// A status change without the evidence its status needs.
        case guardrail(Guardrail.Refusal)
        /// A quote that does not anchor to exactly one place in the document.
        case quote(QuoteAnchor.Failure)
    }

    /// Creates an error.
    public init(
        _ code: Code,
        _ message: String,
        subject: String? = nil,
        reason: Reason? = nil,
        cause: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.subject = subject
        self.reason = reason
        self.cause = cause
    }

    public var description: String { message }

    public var errorDescription: String? { message }

    /// Wraps an input error (a file that cannot be ingested), keeping it as the cause.
    public static func badInput(_ error: IngestError, subject: String? = nil) -> ClaimDeskError {
        ClaimDeskError(.badInput, error.description, subject: subject, cause: error)
    }

    /// A record that does not exist, with a hint on how to find the right one.
    public static func notFound(_ what: String, hint: String) -> ClaimDeskError {
        ClaimDeskError(.notFound, "\(what) not found; \(hint)", subject: what)
    }
}
