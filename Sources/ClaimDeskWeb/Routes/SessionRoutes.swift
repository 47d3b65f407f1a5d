import ClaimDeskModel
import ClaimDeskService
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Logging in and out.
///
/// Local mode: the one-time token of the printed URL becomes a session cookie. Team mode: a name and password form
/// (bcrypt, checked by ``ClaimDeskService/authenticate(name:password:)``), its own CSRF token in a short-lived
/// cookie, failures limited per name and per address (``LoginThrottle``), every login and failed login logged.
/// `next` names the page to go to afterwards; only a path of this site (`/…`, not `//…`) is followed.
struct SessionRoutes {
    let sessions: SessionStore
    let service: ClaimDeskService
    let throttle: LoginThrottle
    let team: Bool

    /// The cookie that carries the login form's CSRF token (before there is a session).
    static let loginCookieName = "claimdesk_login"

    /// Where to go after logging in.
    static func destination(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return "/documents" }
        return next
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/login") { request, context -> Response in
            team ? Self.loginPage(request, context: context) : try await tokenLogin(request)
        }
        group.post("/login") { request, context -> Response in
            guard team else { throw WebError(.notFound, "There is no page at this address.") }
            return try await passwordLogin(request, context: context)
        }
        group.post("/logout") { request, context -> Response in
            if let id = context.session?.id { await sessions.end(id: id) }
            if let user = context.session?.user {
                context.logger.notice("logout", metadata: ["user": "\(user)"])
            }
            var response = Page.redirect(to: team ? "/login" : "/documents").response
            response.setCookie(Self.cookie(SessionMiddleware.cookieName, "", request: request, maxAge: 0))
            return response
        }
    }

    /// Local mode: exchanges the one-time token for a session.
    private func tokenLogin(_ request: Request) async throws -> Response {
        let destination = Self.destination(RouteInput.query(request, "next"))
        guard let token = request.uri.queryParameters["token"].map(String.init),
            let session = await sessions.login(token: token)
        else {
            if let id = request.cookies[SessionMiddleware.cookieName]?.value, await sessions.session(id: id) != nil {
                return Page.redirect(to: destination).response
            }
            throw WebError(
                .forbidden,
                "This login link is wrong or was already used. Restart `claimdesk serve` for a new one."
            )
        }
        var response = Page.redirect(to: destination).response
        response.setCookie(Self.cookie(SessionMiddleware.cookieName, session.id, request: request))
        return response
    }

    /// Team mode: the login form, its CSRF token in a cookie (the one the browser has, so that another tab or a
    /// background request such as the favicon's does not make an open form stale; else a new one).
    static func loginPage(
        _ request: Request,
        context: WebContext,
        name: String = "",
        next: String? = nil,
        error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        var token = WebConfiguration.randomToken()
        if let held = request.cookies[loginCookieName]?.value, held.count == 64, held.allSatisfy(\.isHexDigit) {
            token = held
        }
        let next = destination(next ?? RouteInput.query(request, "next"))
        var response = Page(
            Layout.page("Log in", body: LoginViews.form(csrf: token, name: name, next: next, error: error)),
            status: status
        ).response
        response.setCookie(cookie(loginCookieName, token, request: request, maxAge: 3600))
        return response
    }

    /// Team mode: checks the name and password (unless the limits refuse first) and opens a session.
    private func passwordLogin(_ request: Request, context: WebContext) async throws -> Response {
        try SessionMiddleware.checkOrigin(of: request)
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024)
        let form = try FormData(urlEncoded: String(decoding: body.readableBytesView, as: UTF8.self))
        guard let expected = request.cookies[Self.loginCookieName]?.value, let token = form["csrf"],
            constantTimeEqual(token, expected)
        else {
            throw WebError(.forbidden, "Refused: the login form's security token is missing or stale. Reload the page.")
        }
        let name = form.text("name") ?? ""
        let address = context.remoteAddress
        let metadata: Logger.Metadata = ["user": "\(name)", "address": "\(address ?? "unknown")"]
        let destination = Self.destination(form["next"])
        if let wait = await throttle.wait(user: name, address: address) {
            context.logger.warning("login refused: too many failed attempts", metadata: metadata)
            let minutes = max(1, Int((wait / 60).rounded(.up)))
            var response = Self.loginPage(
                request,
                context: context,
                name: name,
                next: destination,
                error: "Too many failed logins for this account or from this address. Try again in \(minutes) "
                    + (minutes == 1 ? "minute." : "minutes."),
                status: .tooManyRequests
            )
            response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            return response
        }
        guard let account = try await service.authenticate(name: name, password: form["password"] ?? "") else {
            await throttle.failed(user: name, address: address)
            context.logger.warning("login failed", metadata: metadata)
            return Self.loginPage(
                request,
                context: context,
                name: name,
                next: destination,
                error: "Wrong name or password (or the account is disabled).",
                status: .unauthorized
            )
        }
        await throttle.succeeded(user: name)
        let session = await sessions.login(user: account.name)
        context.logger.notice("login", metadata: metadata.merging(["role": "\(account.role.rawValue)"]) { $1 })
        var response = Page.redirect(to: destination).response
        response.setCookie(Self.cookie(SessionMiddleware.cookieName, session.id, request: request))
        response.setCookie(Self.cookie(Self.loginCookieName, "", request: request, maxAge: 0))
        return response
    }

    /// An HttpOnly, SameSite=Strict cookie for the whole site, Secure when the request came over TLS (a proxy in
    /// front says so with `X-Forwarded-Proto: https`).
    static func cookie(_ name: String, _ value: String, request: Request, maxAge: Int? = nil) -> Cookie {
        let forwarded = HTTPField.Name("X-Forwarded-Proto").flatMap { request.headers[$0] }?.lowercased()
        return Cookie(
            name: name,
            value: value,
            maxAge: maxAge,
            path: "/",
            secure: forwarded == "https",
            httpOnly: true,
            sameSite: .strict
        )
    }
}
