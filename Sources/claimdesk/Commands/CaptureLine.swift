import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport

/// One-line text form of a capture, shared by the source commands.
enum CaptureLine {
    /// `200 text/html (2 redirects)` or `error timeout`.
    static func outcome(_ capture: Capture) -> String {
        if let error = capture.error { return "error \(error)" }
        var text = capture.httpStatus.map(String.init) ?? "-"
        if let type = capture.contentType { text += " \(type)" }
        if capture.redirects.count > 1 { text += " (\(capture.redirects.count - 1) redirects)" }
        return text
    }

    static func format(_ capture: Capture) -> String {
        var line = capture.fetchedAt + "  "
        if let error = capture.error {
            line += "ERROR \(error)  \(capture.requestedUrl)"
            if let detail = capture.errorDetail { line += "  (\(detail))" }
            return line
        }
        line += "\(capture.httpStatus.map(String.init) ?? "---")  \(capture.size ?? 0) B  "
        line += capture.contentType ?? "?"
        if let charset = capture.charset { line += "; \(charset)" }
        line += "  \(capture.finalUrl ?? capture.requestedUrl)"
        if capture.redirects.count > 1 { line += "  (\(capture.redirects.count - 1) redirects)" }
        if capture.excerptFound != nil { line += "  excerpt: \(excerpt(capture))" }
        return line
    }

    /// `exact`, `fuzzy 0.91`, or `-` when the excerpt was not looked for.
    static func excerpt(_ capture: Capture) -> String {
        guard let found = capture.excerptFound else { return "-" }
        let score = found == .fuzzy ? capture.excerptScore.map { " \($0)" } ?? "" : ""
        return found.rawValue + score
    }

    /// The link-rot signals, `; `-separated, or `-`.
    static func linkRot(_ signals: [LinkRotSignal]) -> String {
        signals.isEmpty ? "-" : signals.map(\.description).joined(separator: "; ")
    }
}
