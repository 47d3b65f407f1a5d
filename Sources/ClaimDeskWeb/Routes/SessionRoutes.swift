import Foundation
import Hummingbird

/// Local mode's login: the one-time token of the printed URL becomes a session cookie.
struct SessionRoutes {
    let sessions: SessionStore

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/login") { request, _ -> Response in
            guard let token = request.uri.queryParameters["token"].map(String.init),
                let session = await sessions.login(token: token)
            else {
                if let id = request.cookies[SessionMiddleware.cookieName]?.value, await sessions.session(id: id) != nil {
                    return Page.redirect(to: "/documents").response

                }
                throw WebError(
                    .forbidden,
                    "This login link is wrong or was already used. Restart `claimdesk serve` for a new one."
                )
            }
            var response = Page.redirect(to: "/documents").response
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookieName,
                    value: session.id,
                    path: "/",
                    secure: false,
                    httpOnly: true,
                    sameSite: .strict
                )
            )
            return response
        }
    }
}
