import ClaimDeskModel
import ClaimDeskService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import ClaimDeskWeb

/// A team-mode server over ``WebFixture``'s workspace, with a reviewer (`rita`), an editor (`ed`) and an admin
/// (`ada`), a clock the tests move, and a log they read (one line per message: `message key=value…`).
struct TeamFixture {
    static let password = "a long enough password"

    let base: WebFixture
    let configuration: WebConfiguration
    let clock: TestClock
    let log: RequestLogTests.Lines

    /// Adds the accounts (bcrypt cost 4, so that tests stay fast) and configures team mode.
    static func make(limits: LoginThrottle.Limits = LoginThrottle.Limits()) async throws -> TeamFixture {
        let base = try await WebFixture.make()
        var service = base.service
        service.passwordCost = 4
        for (name, role) in [("rita", UserRole.reviewer), ("ed", .editor), ("ada", .admin)] {
            _ = try await service.addUser(name: name, role: role, password: password)
        }
        let clock = TestClock()
        let log = RequestLogTests.Lines()
        var configuration = base.configuration
        configuration.service.passwordCost = 4
        configuration.team = true
        configuration.loginLimits = limits
        configuration.loginClock = { clock.now }
        configuration.logger = Logger(label: "test", factory: { _ in RequestLogTests.Capture(lines: log) })
        return TeamFixture(base: base, configuration: configuration, clock: clock, log: log)
    }

    /// Runs `body` with a router test client.
    func withClient(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await buildApplication(configuration: configuration).test(.router, body)
    }

    /// Loads the login form: the login cookie (`name=value`) and its CSRF token.
    static func loginForm(_ client: any TestClientProtocol) async throws -> (cookie: String, csrf: String) {
        let form = try await client.execute(uri: "/login", method: .get)
        let cookie = try #require(form.headers[.setCookie]?.split(separator: ";").first.map(String.init))
        let csrf = try #require(WebFixture.field("csrf", in: form.text))
        return (cookie, csrf)
    }

    /// POSTs the login form for `name`.
    static func postLogin(
        _ client: any TestClientProtocol,
        _ name: String,
        _ password: String,
        headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        let (cookie, csrf) = try await loginForm(client)
        let body = [("name", name), ("password", password), ("csrf", csrf), ("next", "/queue")]
            .map { "\(Session.encode($0.0))=\(Session.encode($0.1))" }.joined(separator: "&")
        var fields: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        fields.append(contentsOf: headers)
        return try await client.execute(uri: "/login", method: .post, headers: fields, body: ByteBuffer(string: body))
    }

    /// Logs `name` in and returns a session whose CSRF token comes from a page.
    static func login(_ client: any TestClientProtocol, _ name: String) async throws -> Session {
        let response = try await postLogin(client, name, password)
        #expect(response.status == .seeOther, "login of \(name)")
        let cookie = try #require(
            response.headers[values: .setCookie].first { $0.hasPrefix(SessionMiddleware.cookieName + "=") }?
                .split(separator: ";").first.map(String.init)
        )
        let page = try await client.execute(uri: "/documents", method: .get, headers: [.cookie: cookie])
        let csrf = try #require(WebFixture.field("csrf", in: page.text))
        return Session(client: client, cookie: cookie, csrf: csrf)
    }
}

/// A clock that moves only when a test says so.
final class TestClock: Sendable {
    private let seconds = Mutex(0.0)
    var now: Double { seconds.withLock { $0 } }
    func advance(_ by: Double) { seconds.withLock { $0 += by } }
}
