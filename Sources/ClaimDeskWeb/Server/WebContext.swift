package import ClaimDeskModel
package import ClaimDeskService
public import Hummingbird

/// The request context of the web UI: Hummingbird's core storage plus the session the request belongs to.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The session, once the session middleware has found it.
    package var session: SessionStore.Session?
    /// The logged-in account (team mode), read afresh for every request so a disabled account stops at once.
    package var account: UserAccount?
    /// Whether the server runs in team mode (accounts and roles).
    package var team = false
    /// The form of a state-changing request, read and checked by the session middleware.
    package var form = FormData([])
    /// The history's event count when the request began (pages carry it, so their script learns of later changes).
    package var head: Int?
    /// The peer's IP address, when the connection has one (the key of per-address login limits).
    package var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Article uploads and pasted text can be large; forms are otherwise small.
    public var maxUploadSize: Int { 8 * 1024 * 1024 }

    /// The CSRF token to put in forms ("" outside a session, which no form accepts).
    package var csrfToken: String { session?.csrfToken ?? "" }

    /// Whether this request may do what `permission` covers: always in local mode, by the account's role in team
    /// mode (``UserRole/permits(_:)``).
    package func may(_ permission: UserRole.Permission) -> Bool {
        guard team else { return true }
        return account?.role.permits(permission) ?? false
    }

    /// Refuses (403, saying which role it needs) what this request may not do.
    package func require(_ permission: UserRole.Permission) throws(WebError) {
        guard may(permission) else { throw WebError(.forbidden, FormWording.permission(permission)) }
    }

    /// `service` acting as the logged-in account (team mode), so that every event it records names that user;
    /// in local mode, the service's own reviewer identity.
    package func acting(_ service: ClaimDeskService) -> ClaimDeskService {
        guard let account else { return service }
        var acting = service
        acting.actor = account.name
        return acting
    }
}
