import ClaimDeskModel
package import HTTPTypes
package import Hummingbird

/// The frame of every page: navigation, search, the live region for announcements and the keyboard help.
package enum Layout {
    /// A whole page.
    ///
    /// - Parameters:
    ///   - title: the page title (escaped).
    ///   - announce: a sentence for the `aria-live` region (a status change), read once the page loads.
    ///   - context: the request's context: in team mode, who is logged in (shown with a logout button).
    ///   - body: the page's main content.
    package static func page(
        _ title: String,
        query: String? = nil,
        announce: String? = nil,
        context: WebContext? = nil,
        body: HTML
    ) -> HTML {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · ClaimDesk</title>
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js" defer></script>
        </head>
        <body\(liveAttribute(context))>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
        <nav aria-label="Main">
        <a class="brand" href="/documents">ClaimDesk</a>
        <a href="/documents">Documents</a>
        <a href="/queue">Review queue</a>
        <a href="/reports">Reports</a>
        </nav>
        <form class="search" role="search" method="get" action="/search">
        <label for="q" class="sr-only">Search claims</label>
        <input id="q" name="q" type="search" placeholder="Search claims ( / )" value="\(query)">
        <button type="submit">Search</button>
        </form>
        <button type="button" class="help-button" id="help-button" aria-controls="help" hidden>Shortcuts (?)</button>
        \(context.map(account) ?? .empty)
        </header>
        <div id="live" class="sr-only" role="status" aria-live="polite" data-announce="\(announce)"></div>
        <main id="main" tabindex="-1">
        \(body)
        </main>
        \(help)
        </body>
        </html>
        """
    }

    /// `data-head`, the history's event count the page shows, which lets the script follow later changes.
    static func liveAttribute(_ context: WebContext?) -> HTML {
        guard let head = context?.head, context?.session != nil else { return .empty }
        return " data-head=\"\(head)\""
    }

    /// Team mode: who is logged in, with the logout button.
    static func account(_ context: WebContext) -> HTML {
        guard let account = context.account else { return .empty }
        let accounts: HTML =
            context.may(.manageUsers) ? "<a href=\"/users\" id=\"accounts-link\">Accounts</a> " : .empty
        return """
            <form class="account" method="post" action="/logout">\(accounts)\(csrfField(context))\
            <span id="account-name">\(account.name) (\(account.role.rawValue))</span> \
            <button type="submit" id="logout">Log out</button></form>
            """
    }

    /// The keyboard help overlay (shown by the script on `?`).
    static let help: HTML = """
        <div id="help" class="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" hidden>
        <div class="overlay-box">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <dl class="keys">
        <dt><kbd>j</kbd> / <kbd>k</kbd></dt><dd>next / previous claim</dd>
        <dt><kbd>v</kbd></dt><dd>verify</dd>
        <dt><kbd>d</kbd></dt><dd>dispute</dd>
        <dt><kbd>f</kbd></dt><dd>false</dd>
        <dt><kbd>x</kbd></dt><dd>dismiss (needs a note)</dd>
        <dt><kbd>s</kbd></dt><dd>add a source</dd>
        <dt><kbd>e</kbd></dt><dd>edit the claim</dd>
        <dt><kbd>/</kbd></dt><dd>search</dd>
        <dt><kbd>Esc</kbd></dt><dd>close this help, leave a field</dd>
        <dt><kbd>?</kbd></dt><dd>this help</dd>
        </dl>
        <p><label><input type="checkbox" id="keys-off"> Turn single-key shortcuts off</label></p>
        <p><button type="button" id="help-close">Close</button></p>
        </div>
        </div>
        """

    /// The hidden field every state-changing form carries.
    package static func csrfField(_ context: WebContext) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(context.csrfToken)\">"
    }
}

/// An HTML page as a response.
package struct Page: ResponseGenerator {
    /// The status (200 unless an error or a refusal).
    package var status: HTTPResponse.Status
    /// The page.
    package var html: HTML
    /// Where a redirect goes.
    package var location: String?

    package init(_ html: HTML, status: HTTPResponse.Status = .ok) {
        self.html = html
        self.status = status
    }

    package func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }

    /// A 303 redirect to a path of this site (after a successful form).
    package static func redirect(to path: String) -> Page {
        var page = Page(.empty, status: .seeOther)
        page.location = path
        return page
    }
}

extension Page {
    /// The page (or the redirect) as a response, for handlers that also set cookies or headers.
    package var response: Response {
        if let location { return Response(status: status, headers: [.location: location]) }
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html.rendered))
        )
    }
}
