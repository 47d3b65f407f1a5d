import ClaimDeskModel
import Hummingbird

/// Reading ids and query values from a request, with a 400 and its reason for what cannot be used.
enum RouteInput {
    /// The database id in path parameter `name`, written as a public id of `kind` (`c12`, `12`).
    static func id(_ context: WebContext, _ name: String = "id", as kind: PublicID.Kind) throws(WebError) -> Int64 {
        let text = context.parameters.get(name) ?? ""
        guard let id = PublicID.parse(text, as: kind) else {
            let what =
                kind == .claim ? "claim" : kind == .document ? "document" : kind == .capture ? "capture" : "record"
            throw .badRequest("“\(text)” is not a \(what) id (like \(kind.rawValue)12).")
        }
        return id
    }

    /// A query parameter, if present.
    static func query(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters[Substring(name)].map(String.init)
    }

    /// A positive page number from `page`, 1 when absent.
    static func page(_ request: Request) throws(WebError) -> Int {
        guard let text = query(request, "page") else { return 1 }
        guard let page = Int(text), page >= 1 else { throw .badRequest("“\(text)” is not a page number.") }
        return page
    }

    /// An enum value from a field or parameter, nil when absent or empty, 400 when not one of its values.
    static func choice<T: RawRepresentable & CaseIterable>(_ text: String?, _ what: String) throws(WebError) -> T?
    where T.RawValue == String {
        guard let text, !text.isEmpty else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .badRequest("“\(text)” is not a \(what); use one of: \(allowed).")
        }
        return value
    }
}
