package import ClaimDeskModel
import Foundation
package import HTTPTypes

/// A failure the web UI shows as a page: an HTTP status and a message worded for a reader.
///
/// Every error a handler throws ends up here: ``ErrorPageMiddleware`` turns ``ClaimDeskError`` (by its code and
/// reason), Hummingbird's own errors and anything unexpected into one of these, so the mapping of failures to
/// statuses lives in one place (``init(_:)``).
package struct WebError: Error, Sendable {
    /// The status of the response.
    package var status: HTTPResponse.Status
    /// What the reader sees.
    package var message: String

    package init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// A request whose input cannot be used (400), with the reason.
    package static func badRequest(_ message: String) -> WebError { WebError(.badRequest, message) }

    /// The status and words for a service error.
    package init(_ error: ClaimDeskError) {
        let status: HTTPResponse.Status =
            switch error.code {
            case .notFound: .notFound
            case .badInput: .badRequest
            case .refused: .unprocessableContent
            case .locked: .serviceUnavailable
            case .fetchFailed: .badGateway
            case .noWorkspace, .tampered, .database: .internalServerError
            }
        self.init(status, FormWording.message(for: error))
    }
}

/// The wording of refusals for a form: what was refused and what is missing, from the error's ``ClaimDeskError/reason``.
package enum FormWording {
    /// The sentence shown next to the form, or on the error page.
    package static func message(for error: ClaimDeskError) -> String {
        switch error.reason {
        case .guardrail(let refusal): guardrail(refusal)
        case .quote(let failure): quote(failure)
        case nil: error.message
        }
    }

    /// Why a status change was refused, and what would let it through.
    package static func guardrail(_ refusal: Guardrail.Refusal) -> String {
        switch refusal {
        case .missing(.supportingSource, let status):
            "Not marked \(label(status)): this needs at least one active source with stance “supports”. "
                + "Add the source (with the excerpt that supports the claim) first."
        case .missing(.refutingSourceOrNote, let status):
            "Not marked \(label(status)): this needs an active source with stance “refutes”, or a note saying why."
        case .missing(.note, let status):
            "Not marked \(label(status)): this needs a note saying why."
        case .overrideNeedsNote:
            "An override needs a note saying why the missing evidence is not needed."
        }
    }

    /// Why a quote could not anchor a new claim.
    package static func quote(_ failure: QuoteAnchor.Failure) -> String {
        switch failure {
        case .empty: "No claim added: the quote is empty. Select or paste the passage first."
        case .absent: "No claim added: the quote does not occur in this document's text."
        case .ambiguous(let starts, _):
            "No claim added: the quote occurs \(starts.count) times in the document. "
                + "Select a longer passage, so that it occurs once."
        }
    }

    /// Why the logged-in account may not do something, and who may.
    package static func permission(_ permission: UserRole.Permission) -> String {
        let what =
            switch permission {
            case .review: "review claims"
            case .overrideGuardrail: "override a guardrail"
            case .merge: "merge claims"
            case .publish: "download exports"
            case .manageUsers: "manage accounts"
            }
        let who = permission.minimumRole == .admin ? "an admin" : "an editor"
        let hint = permission == .overrideGuardrail ? " Add the missing evidence, or ask \(who)." : " Ask \(who)."
        return "Refused: only \(who) can \(what).\(hint)"
    }

    /// A status as a reader says it (`in review`).
    package static func label(_ status: ClaimStatus) -> String {
        status.rawValue.replacingOccurrences(of: "_", with: " ")
    }
}
