public import ClaimDeskModel
import ClaimDeskStore
import Foundation
import HummingbirdBcrypt

extension ClaimDeskService {
    /// Adds a team-mode account; only the password's bcrypt hash is stored, and the addition is logged with the
    /// service's actor (one transaction).
    ///
    /// - Throws: ``ClaimDeskError`` `.badInput` for a name or password that cannot be used (saying why);
    ///   `.refused` when the name is taken.
    public func addUser(name: String, role: UserRole, password: String) async throws(ClaimDeskError) -> UserAccount {
        if let problem = UserAccount.problem(withName: name) {
            throw ClaimDeskError(.badInput, "cannot add user “\(name)”: \(problem)", subject: name)
        }
        if let problem = UserAccount.problem(withPassword: password) {
            throw ClaimDeskError(.badInput, "cannot add user \(name): \(problem)", subject: name)
        }
        let cost = min(max(passwordCost, 4), 31)
        let hash = await Self.offPool { Bcrypt.hash(password, cost: cost) }
        return try await store.addUser(name: name, role: role, passwordHash: hash, context: context)
    }

    /// Disables an account: its logins are refused and its open sessions end at their next request.
    ///
    /// - Throws: ``ClaimDeskError`` `.notFound` for an unknown name.
    public func disableUser(name: String) async throws(ClaimDeskError) -> UserAccount {
        try await store.disableUser(name: name, context: context)
    }

    /// Every account, by name (no password hashes).
    public func users() async throws(ClaimDeskError) -> [UserAccount] {
        try await store.users()
    }

    /// The account called `name`, or nil.
    public func user(named name: String) async throws(ClaimDeskError) -> UserAccount? {
        try await store.userCredentials(name: name)?.account
    }

    /// Checks a login: the enabled account whose bcrypt hash matches `password`, else nil.
    ///
    /// An unknown name costs as much as a wrong password (a hash is still checked), so the answer's timing does not
    /// say which names exist.
    public func authenticate(name: String, password: String) async throws(ClaimDeskError) -> UserAccount? {
        let found = try await store.userCredentials(name: name)
        let hash = found?.passwordHash ?? Self.decoyHash
        let matches = await Self.offPool { Bcrypt.verify(password, hash: hash) }
        guard let found, matches, !found.account.disabled else { return nil }
        return found.account
    }

    /// A bcrypt hash of no password anyone has, checked for unknown names.
    private static let decoyHash = "$2b$12$C6UzMDM.H6dfI/f/IKxGhu0QlGGWz3IZn1y7ZbJj6F6dXCmVvLf6i"

    /// Runs slow CPU work (bcrypt) on a dispatch thread, off Swift's cooperative pool.
    private static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
