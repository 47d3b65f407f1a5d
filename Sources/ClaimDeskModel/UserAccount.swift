import ClaimDeskText

/// A team-mode account: who may log in to `claimdesk serve --team`, and with which role.
///
/// The password is never part of this value: the store keeps only its bcrypt hash, apart, and hands it out only
/// to check a login (``ClaimDeskService`` does that). An account is never deleted: disabling it ends its logins and
/// keeps its name in the events it wrote.
public struct UserAccount: Sendable, Codable, Hashable {
    /// The row id.
    public var id: Int64?
    /// The login name, also the `actor` of every event the account records.
    public var name: String
    /// What the account may do.
    public var role: UserRole
    /// Whether logins are refused.
    public var disabled: Bool
    /// When it was added (ISO 8601 UTC).
    public var createdAt: String
    /// Who added it.
    public var createdBy: String

    /// Creates an account value.
    public init(
        id: Int64? = nil,
        name: String,
        role: UserRole,
        disabled: Bool = false,
        createdAt: String,
        createdBy: String
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.disabled = disabled
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// Why `name` cannot be a login name, or nil when it can: 1 to 64 letters, digits, `.`, `_` or `-`.
    public static func problem(withName name: String) -> String? {
        guard !name.isEmpty, name.count <= 64 else { return "a user name has 1 to 64 characters" }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar)
        }
        return allowed ? nil : "a user name holds only letters, digits, “.”, “_” and “-” (no spaces)"
    }

    /// Why `password` cannot be used, or nil when it can: 10 to 72 bytes of UTF-8 (bcrypt reads no further).
    public static func problem(withPassword password: String) -> String? {
        if password.count < 10 { return "a password has at least 10 characters" }
        if password.utf8.count > 72 { return "a password has at most 72 bytes (bcrypt ignores the rest)" }
        return nil
    }
}
