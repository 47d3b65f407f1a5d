public import Hummingbird
import Logging
import NIOCore

/// Builds the workbench application over `configuration.service`, without binding a socket until it runs.
///
/// Tests call this and drive the result with `app.test(.router)`; `claimdesk serve` runs it with
/// `runService()`, which stops on SIGINT and SIGTERM after in-flight requests finish.
///
/// - Parameters:
///   - configuration: the service, the address, the mode and the login token.
///   - onServerRunning: called with the bound port once the server listens (prints the login URL).
public func buildApplication(
    configuration: WebConfiguration,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let sessions = SessionStore(
        loginToken: configuration.team ? nil : configuration.loginToken,
        idleLimit: configuration.team ? configuration.sessionIdleLimit : nil,
        now: configuration.loginClock
    )
    let throttle = LoginThrottle(limits: configuration.loginLimits, now: configuration.loginClock)
    let router = Router(context: WebContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: ErrorPageMiddleware())
    let service = configuration.service
    router.add(middleware: SessionMiddleware(sessions: sessions, service: service, team: configuration.team))
    StaticRoutes().addRoutes(to: router.group())
    SessionRoutes(sessions: sessions, service: service, throttle: throttle, team: configuration.team)
        .addRoutes(to: router.group())
    DocumentRoutes(service: service).addRoutes(to: router.group("documents"))
    ClaimRoutes(service: service).addRoutes(to: router.group("claims"))
    SourceRoutes(service: service, fetchSettings: configuration.fetchSettings).addRoutes(to: router.group("claims"))
    CaptureRoutes(service: service).addRoutes(to: router.group("captures"))
    QueueRoutes(service: service).addRoutes(to: router.group())
    LiveRoutes(service: service).addRoutes(to: router.group())
    if configuration.team { UserRoutes(service: service).addRoutes(to: router.group("users")) }
    ReportRoutes(service: service).addRoutes(to: router.group("reports"))
    router.get("/") { _, _ in Page.redirect(to: "/documents") }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "claimdesk"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: configuration.logger
    )
}
