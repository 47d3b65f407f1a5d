/// What `audit verify` found in the database, check by check.
public struct DatabaseAudit: Sendable, Hashable {
    /// One check and what it found.
    public struct Check: Sendable, Hashable {
        /// What was checked: `integrity_check`, `foreign_key_check`, `hash chain`, `head`, `state`.
        public var name: String
        /// nil when it passed, else what failed.
        public var failure: String?

        /// Creates a check result.
        public init(name: String, failure: String?) {
            self.name = name
            self.failure = failure
        }
    }

    /// The checks, in the order they ran.
    public var checks: [Check]
    /// The number of events.
    public var events: Int
    /// The head the database records.
    public var head: LedgerHead

    /// Creates an audit result.
    public init(checks: [Check], events: Int, head: LedgerHead) {
        self.checks = checks
        self.events = events
        self.head = head
    }

    /// Whether every check passed.
    public var passed: Bool { checks.allSatisfy { $0.failure == nil } }
}
