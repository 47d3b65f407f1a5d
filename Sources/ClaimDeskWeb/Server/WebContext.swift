public import Hummingbird

/// The request context of the web UI: Hummingbird's core storage plus the session the request belongs to.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The session, once the session middleware has found it.
    package var session: SessionStore.Session?
    /// The form of a state-changing request, read and checked by the session middleware.
    package var form = FormData([])

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }

    /// Article uploads and pasted text can be large; forms are otherwise small.
    public var maxUploadSize: Int { 8 * 1024 * 1024 }

    /// The CSRF token to put in forms ("" outside a session, which no form accepts).
    package var csrfToken: String { session?.csrfToken ?? "" }
}
