import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, error pages included.
///
/// The policy allows scripts, styles and images from this server only (no inline script or style, no external
/// request), forbids framing, and sends no referrer when a reader follows a link to a source.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    /// The Content-Security-Policy of every page.
    static let contentSecurityPolicy: String = {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }()

    /// The headers that do not depend on the response (names HTTPTypes does not predefine).
    static let fixedHeaders: [HTTPField] = [
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ].compactMap { name, value in HTTPField.Name(name).map { HTTPField(name: $0, value: value) } }

    func handle(
        _ request: Request,
        context: WebContext,
        next: (Request, WebContext) async throws -> Response
    )
        async throws -> Response
    {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        for field in Self.fixedHeaders { response.headers[field.name] = field.value }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
