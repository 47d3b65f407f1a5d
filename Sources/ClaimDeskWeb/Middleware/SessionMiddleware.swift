import ClaimDeskModel
import ClaimDeskService
import Foundation
import HTTPTypes
import Hummingbird

/// Lets a request through only with a session, and a state-changing one only from this site with its CSRF token.
///
/// - `/static/…` and `/login` need no session; every other path needs the session cookie (401 otherwise; in team
///   mode a page asked for without a session redirects to the login page).
/// - Team mode: the session's account is read again for every request, so a disabled account is logged out at
///   its next request and a role change applies at once; the account goes in ``WebContext/account``.
/// - A request that is not GET or HEAD is refused (403) when its `Origin` is another site (or `null`), when the
///   browser says it is not same-origin (`Sec-Fetch-Site`), or when its form lacks the session's CSRF token. Its body is
///   read once here and handed to the handler in ``WebContext/form``.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext

    /// The cookie that carries the session id.
    static let cookieName = "claimdesk_session"

    let sessions: SessionStore
    let service: ClaimDeskService
    let team: Bool

    func handle(
        _ request: Request,
        context: WebContext,
        next: (Request, WebContext) async throws -> Response
    )
        async throws -> Response
    {
        var context = context
        context.team = team
        let path = request.uri.path
        if path.hasPrefix("/static/") || path == "/login" { return try await next(request, context) }
        guard let id = request.cookies[Self.cookieName]?.value,
            let session = await sessions.session(id: id, touch: path != "/live")
        else {
            return try noSession(request)
        }
        context.session = session
        if team {
            guard let name = session.user, let account = try await service.user(named: name), !account.disabled else {
                await sessions.end(id: id)
                return try noSession(request)
            }
            context.account = account
        }
        guard request.method != .get, request.method != .head else {
            // Read before the page's own reads, so a change in between makes a needless refresh, never a missed one.
            if path != "/live" { context.head = try await service.historyCount() }
            return try await next(request, context)
        }
        try Self.checkOrigin(of: request)
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let form: FormData
        if let boundary = request.headers[.contentType].flatMap(MultipartForm.boundary(inContentType:)) {
            form = FormData(multipart: try MultipartForm(Array(body.readableBytesView), boundary: boundary))
        } else {
            form = try FormData(urlEncoded: String(decoding: body.readableBytesView, as: UTF8.self))
        }
        guard let token = form["csrf"], constantTimeEqual(token, session.csrfToken) else {
            throw WebError(
                .forbidden,
                "Refused: the form's security token is missing or stale. Reload the page and try again."
            )
        }
        context.form = form
        return try await next(request, context)
    }

    /// A request without a (valid) session: team mode sends a page request to the login page, else 401.
    private func noSession(_ request: Request) throws -> Response {
        guard team else {
            throw WebError(
                .unauthorized,
                "No session: open the address that `claimdesk serve` printed (it holds a one-time token)."
            )
        }
        guard request.method == .get || request.method == .head else {
            throw WebError(.unauthorized, "Your session ended: log in again, then repeat the change.")
        }
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        let next = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/documents"
        return Page.redirect(to: "/login?next=\(next)").response
    }

    /// Refuses a state-changing request sent from another site.
    ///
    /// `Sec-Fetch-Site`, when the browser sends it, must say `same-origin`. `Origin` must name this server; pages
    /// sent with `Referrer-Policy: no-referrer` make browsers send `Origin: null` on form posts, which is accepted
    /// only when `Sec-Fetch-Site` vouches for it. The CSRF token is checked in every case.
    static func checkOrigin(of request: Request) throws(WebError) {
        let site = HTTPField.Name("Sec-Fetch-Site").flatMap { request.headers[$0] }
        if let site, site != "same-origin" {
            throw WebError(.forbidden, "Refused: the request came from another site.")
        }
        guard let origin = request.headers[.origin] else { return }
        if origin == "null" {
            guard site == "same-origin" else {
                throw WebError(.forbidden, "Refused: the request came from another site.")
            }
            return
        }
        let host = request.head.authority ?? ""
        guard origin == "http://\(host)" || origin == "https://\(host)" else {
            throw WebError(.forbidden, "Refused: the request came from another site (\(origin)).")
        }
    }
}
