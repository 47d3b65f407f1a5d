/// Why a store operation failed.
///
/// Wraps a code so that new failures can be added without breaking callers; `description` says what happened
/// and how to fix it.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: Sendable, Equatable {
        /// No workspace database at the path.
        case noWorkspace
        /// A record named by the user does not exist.
        case notFound
        /// The request contradicts the store's rules (guardrails, bad arguments).
        case refused
        /// Another process held the database longer than the busy timeout.
        case locked
        /// The history's hash chain does not verify.
        case tampered
        /// SQLite or file-system failure.
        case database
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func notFound(_ what: String, hint: String) -> StoreError {
        StoreError(.notFound, "\(what) not found; \(hint)")
    }
}
