import Foundation

/// The open sessions of the server: local mode's one-time login token, and the session ids handed out.
///
/// Shared mutable state across requests, hence an actor. A session holds its CSRF token and, in team mode, the
/// name of the account that logged in; nothing is persisted, so restarting the server ends every session. In team
/// mode a session unused for `idleLimit` seconds ends (local mode's cannot: its one-time token is spent).
package actor SessionStore {
    /// One browser's session.
    package struct Session: Sendable, Hashable {
        /// The cookie value.
        package var id: String
        /// The token every state-changing form must carry.
        package var csrfToken: String
        /// The account that logged in (team mode); nil in local mode.
        package var user: String?
        /// When it was last used, in the store's clock's seconds.
        package var lastSeen: Double = 0
    }

    private var loginToken: String?
    private var sessions: [String: Session] = [:]
    private let idleLimit: Double?
    private let now: @Sendable () -> Double

    /// A store whose one-time login token is `loginToken` (nil in team mode, where accounts log in instead).
    ///
    /// - Parameters:
    ///   - idleLimit: seconds after which an unused session ends; nil for never.
    ///   - now: the clock, in seconds (tests move it instead of waiting).
    package init(
        loginToken: String?,
        idleLimit: Double? = nil,
        now: @escaping @Sendable () -> Double = LoginThrottle.uptime
    ) {
        self.loginToken = loginToken
        self.idleLimit = idleLimit
        self.now = now
    }

    /// Exchanges the one-time login token for a new session; nil when the token is wrong or already used.
    package func login(token: String) -> Session? {
        guard let expected = loginToken, constantTimeEqual(token, expected) else { return nil }
        loginToken = nil
        return open(user: nil)
    }

    /// A new session for the account `user`, after its password was checked.
    package func login(user: String) -> Session {
        open(user: user)
    }

    /// The session with cookie value `id`, if any and not idle for too long.
    ///
    /// - Parameter touch: whether this use counts as activity (an open page's live-update stream does not, so a
    ///   tab left open still ends its session).
    package func session(id: String, touch: Bool = true) -> Session? {
        guard var session = sessions[id] else { return nil }
        let time = now()
        if let idleLimit, time - session.lastSeen > idleLimit {
            sessions[id] = nil
            return nil
        }
        if touch {
            session.lastSeen = time
            sessions[id] = session
        }
        return session
    }

    /// Ends the session `id` (logout, or an account that was disabled).
    package func end(id: String) {
        sessions[id] = nil
    }

    private func open(user: String?) -> Session {
        let session = Session(
            id: WebConfiguration.randomToken(),
            csrfToken: WebConfiguration.randomToken(),
            user: user,
            lastSeen: now()
        )
        sessions[session.id] = session
        return session
    }
}

/// Compares two secrets without stopping at the first difference.
package func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var difference: UInt8 = 0
    for index in x.indices { difference |= x[index] ^ y[index] }
    return difference == 0
}
