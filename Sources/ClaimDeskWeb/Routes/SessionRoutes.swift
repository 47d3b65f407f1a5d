import Foundation
import Hummingbird

/// Local mode's login: the one-time token of the printed URL becomes a session cookie.
///
/// `next` names the page to go to afterwards; only a path of this site (`/…`, not `//…`) is followed.
struct SessionRoutes {
    let sessions: SessionStore

    /// Where to go after logging in.
    static func destination(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return "/documents" }
        return next
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/login") { request, _ -> Response in
            let destination = Self.destination(RouteInput.query(request, "next"))
            guard let token = request.uri.queryParameters["token"].map(String.init),
                let session = await sessions.login(token: token)
            else {
                if let id = request.cookies[SessionMiddleware.cookieName]?.value, await sessions.session(id: id) != nil
                {
                    return Page.redirect(to: destination).response

                }
                throw WebError(
                    .forbidden,
                    "This login link is wrong or was already used. Restart `claimdesk serve` for a new one."
                )
            }
            var response = Page.redirect(to: destination).response
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
