public import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// Adds a team-mode account with its password's bcrypt hash, and logs the addition (one transaction).
    ///
    /// - Throws: ``StoreError`` `.refused` when the name is taken (names compare case-insensitively).
    public func addUser(
        name: String,
        role: UserRole,
        passwordHash: String,
        context: ReviewContext
    ) async throws(StoreError) -> UserAccount {
        try await write { db in
            if try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [name]) != nil {
                throw StoreError(
                    .refused,
                    "user \(name) already exists; `claimdesk users list` lists them",
                    subject: name
                )
            }
            try db.execute(
                sql: "INSERT INTO user(name, role, passwordHash, createdAt, createdBy) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, role.rawValue, passwordHash, context.now, context.actor]
            )
            let id = db.lastInsertedRowID
            try Self.logUserAction(id, "add", role: role, context: context, in: db)
            return UserAccount(id: id, name: name, role: role, createdAt: context.now, createdBy: context.actor)
        }
    }

    /// Disables an account (its logins are refused from now on), and logs it; disabling twice changes nothing.
    ///
    /// - Returns: the account as it is now.
    /// - Throws: ``StoreError`` `.notFound` for an unknown name.
    public func disableUser(name: String, context: ReviewContext) async throws(StoreError) -> UserAccount {
        try await write { db in
            guard var account = try Self.account(named: name, in: db)?.account else { throw Self.noUser(name) }
            guard !account.disabled, let id = account.id else { return account }
            try db.execute(sql: "UPDATE user SET disabled = 1 WHERE id = ?", arguments: [id])
            try Self.logUserAction(id, "disable", role: nil, context: context, in: db)
            account.disabled = true
            return account
        }
    }

    /// Every account, by name.
    public func users() async throws(StoreError) -> [UserAccount] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM user ORDER BY name COLLATE NOCASE").map(Self.account(from:))
        }
    }

    /// The account called `name` (case-insensitive) with its password hash, or nil.
    public func userCredentials(name: String) async throws(StoreError) -> (account: UserAccount, passwordHash: String)?
    {
        try await read { db in try Self.account(named: name, in: db) }
    }

    private static func account(
        named name: String,
        in db: Database
    ) throws -> (
        account: UserAccount, passwordHash: String
    )? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM user WHERE name = ?", arguments: [name]) else {
            return nil
        }
        return (try account(from: row), row["passwordHash"])
    }

    private static func account(from row: Row) throws -> UserAccount {
        let roleText: String = row["role"]
        guard let role = UserRole(rawValue: roleText) else {
            throw StoreError(.database, "user \(row["name"] as String? ?? "?") has an unknown role \(roleText)")
        }
        return UserAccount(
            id: row["id"],
            name: row["name"],
            role: role,
            disabled: row["disabled"],
            createdAt: row["createdAt"],
            createdBy: row["createdBy"]
        )
    }

    private static func logUserAction(
        _ userId: Int64,
        _ action: String,
        role: UserRole?,
        context: ReviewContext,
        in db: Database
    ) throws {
        try db.execute(
            sql: "INSERT INTO userAction(userId, at, actor, action, role) VALUES (?, ?, ?, ?, ?)",
            arguments: [userId, context.now, context.actor, action, role?.rawValue]
        )
    }

    private static func noUser(_ name: String) -> StoreError {
        .notFound("user \(name)", hint: "`claimdesk users list` lists them")
    }
}
