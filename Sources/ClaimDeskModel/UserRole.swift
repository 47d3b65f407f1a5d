import ClaimDeskText

/// What a team-mode account may do. Each role can do everything the roles before it can.
///
/// Reviewers change statuses (under the guardrails) and sources; editors may also override a guardrail, merge
/// claims and publish exports; admins may also manage accounts.
public enum UserRole: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// Sets statuses under the guardrails, adds sources, restates and adds claims, ingests.
    case reviewer
    /// A reviewer who may also override a guardrail, merge claims and publish exports.
    case editor
    /// An editor who may also add and disable accounts.
    case admin

    /// An action that needs more than the reviewer role.
    public enum Permission: String, Sendable, CaseIterable, Hashable {
        /// Reviewing: statuses under the guardrails, sources, restating and adding claims, ingest.
        case review
        /// Setting a status whose evidence is missing (`--force`).
        case overrideGuardrail = "override"
        /// Merging a duplicate claim into another.
        case merge
        /// Downloading the exports that leave the newsroom (CSV, JSON, ClaimReview, the ledger).
        case publish
        /// Adding and disabling accounts.
        case manageUsers = "manage_users"

        /// The least role that has this permission.
        public var minimumRole: UserRole {
            switch self {
            case .review: .reviewer
            case .overrideGuardrail, .merge, .publish: .editor
            case .manageUsers: .admin
            }
        }
    }

    /// Whether this role has `permission`.
    public func permits(_ permission: Permission) -> Bool {
        self >= permission.minimumRole
    }

    private var rank: Int {
        switch self {
        case .reviewer: 0
        case .editor: 1
        case .admin: 2
        }
    }

    public static func < (a: UserRole, b: UserRole) -> Bool { a.rank < b.rank }
}
