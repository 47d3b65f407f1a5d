public import ClaimDeskService
import Foundation
public import Logging

/// How `claimdesk serve` runs: the workspace's service, where to listen, and who acts.
public struct WebConfiguration: Sendable {
    /// The service over the workspace; its `actor` is the reviewer every event records.
    public var service: ClaimDeskService
    /// The address to bind.
    public var host: String
    /// The port to bind (0 picks a free one).
    public var port: Int
    /// The one-time token in the printed URL, exchanged for a session cookie on first use.
    public var loginToken: String
    /// Where request logs go.
    public var logger: Logger
    /// Team mode: accounts log in with a password (no token), roles apply, any address may be bound.
    public var team: Bool
    /// How "Check sources now" fetches: limits and the private-network policy (refused unless
    /// `--allow-private-network` or `CLAIMDESK_ALLOW_PRIVATE_NETWORK`, as for the CLI).
    public var fetchSettings = FetchSettings()
    /// How many failed logins are allowed per account and per address (team mode).
    package var loginLimits = LoginThrottle.Limits()
    /// How long a team-mode session may go unused before it ends, in seconds (8 hours: a working day).
    package var sessionIdleLimit: Double = 8 * 3600
    /// The clock of the login limits and session idleness, in seconds (tests move it instead of waiting).
    package var loginClock: @Sendable () -> Double = LoginThrottle.uptime

    /// Creates a configuration; the login token is random unless given.
    public init(
        service: ClaimDeskService,
        host: String = "127.0.0.1",
        port: Int = 8080,
        loginToken: String? = nil,
        team: Bool = false,
        logger: Logger
    ) {
        self.service = service
        self.team = team
        self.host = host
        self.port = port
        self.loginToken = loginToken ?? WebConfiguration.randomToken()
        self.logger = logger
    }

    /// The URL to open: the server's address with the one-time token (team mode: the login page).
    public func loginURL(port actualPort: Int? = nil) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let base = "http://\(shownHost):\(actualPort ?? port)/login"
        return team ? base : base + "?token=\(loginToken)"
    }

    /// 32 random bytes, hex: a login token, a session id or a CSRF token.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
            .joined()
    }

    /// Whether `host` is a loopback address (`127.0.0.0/8`, `::1`, `localhost`): the only addresses local mode
    /// may bind, since local mode has no accounts (team mode may bind any).
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered == "::1" || lowered == "[::1]" { return true }
        let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return false }
        return parts[0] == "127"
    }
}
