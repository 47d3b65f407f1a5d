import ClaimDeskModel
import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into a page: the one place where failures become HTTP statuses and words.
///
/// ``WebError`` keeps its status; ``ClaimDeskError`` maps by code (``WebError/init(_:)``); Hummingbird's errors
/// keep their status with a plain sentence; anything else is a 500 that says nothing about the internals (the
/// details go to the log). No stack trace or error dump ever reaches the page.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(
        _ request: Request,
        context: WebContext,
        next: (Request, WebContext) async throws -> Response
    )
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let failure = Self.webError(for: error)
            if failure.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            return try Page(Self.page(for: failure), status: failure.status).response(from: request, context: context)
        }
    }

    /// The status and message for any error.
    static func webError(for error: any Error) -> WebError {
        switch error {
        case let failure as WebError:
            return failure
        case let failure as ClaimDeskError:
            return WebError(failure)
        case let failure as any HTTPResponseError:
            let status = failure.status
            let message =
                switch status {
                case .notFound: "There is no page at this address."
                case .contentTooLarge: "The upload is too large."
                case .methodNotAllowed: "This address does not accept that method."
                default: status.reasonPhrase
                }
            return WebError(status, message)
        default:
            return WebError(.internalServerError, "Something went wrong on the server; the log says what.")
        }
    }

    /// The error page.
    static func page(for failure: WebError) -> HTML {
        let title = "\(failure.status.code) \(failure.status.reasonPhrase)"
        return Layout.page(
            title,
            body: """
                <h1>\(title)</h1>
                <p class="error" role="alert">\(failure.message)</p>
                <p><a href="/documents">Back to the documents</a></p>
                """
        )
    }
}
