import ClaimDeskModel
import ClaimDeskText
/// A parsed `Content-Type` value: the media type and its charset parameter.
package struct MediaType: Sendable, Hashable {
    /// Lower-cased type without parameters, e.g. `text/html`; nil when absent or empty.
    package var type: String?
    /// Lower-cased charset parameter without quotes; nil when absent.
    package var charset: String?

    /// Parses a header value such as `text/html; charset="ISO-8859-1"`.
    package init(headerValue: String?) {
        guard let headerValue else { return }
        let parts = headerValue.split(separator: ";", omittingEmptySubsequences: false)
        let main = parts.first.map { $0.trimmingWhitespace().lowercased() } ?? ""
        type = main.isEmpty ? nil : main
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "charset" else { continue }
            var value = pair[1].trimmingWhitespace()
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            charset = value.isEmpty ? nil : value.lowercased()
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
