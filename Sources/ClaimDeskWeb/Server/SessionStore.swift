import Foundation

/// The open sessions of a local-mode server: the one-time login token and the session ids it was exchanged for.
///
/// Shared mutable state across requests, hence an actor. A session holds its CSRF token; nothing is persisted, so
/// restarting the server ends every session (and prints a new URL).
package actor SessionStore {
    /// One browser's session.
    package struct Session: Sendable, Hashable {
        /// The cookie value.
        package var id: String
        /// The token every state-changing form must carry.
        package var csrfToken: String
    }

    private var loginToken: String?
    private var sessions: [String: Session] = [:]

    /// A store whose login token is `loginToken`.
    package init(loginToken: String) {
        self.loginToken = loginToken
    }

    /// Exchanges the one-time login token for a new session; nil when the token is wrong or already used.
    package func login(token: String) -> Session? {
        guard let expected = loginToken, constantTimeEqual(token, expected) else { return nil }
        loginToken = nil
        let session = Session(id: WebConfiguration.randomToken(), csrfToken: WebConfiguration.randomToken())
        sessions[session.id] = session
        return session
    }

    /// The session with cookie value `id`, if any.
    package func session(id: String) -> Session? {
        sessions[id]
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
