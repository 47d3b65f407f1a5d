import Foundation

/// Links to pages the web UI did not write: only http(s) URLs become links, and they never pass the referrer or a
/// window handle to the page they open.
package enum SafeLink {
    /// The URL when it is an absolute http(s) URL with a host, else nil (`javascript:`, `data:`, relative…).
    package static func webURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed == url, !url.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return nil }
        return url
    }

    /// An external link to `url` showing `text` (the URL itself by default), or the text alone when the URL is not
    /// http(s).
    package static func external(_ url: String, text: String? = nil) -> HTML {
        let label = text ?? url
        guard let href = webURL(url) else { return "<span class=\"url\">\(label)</span>" }
        return "<a class=\"url\" href=\"\(href)\" rel=\"noopener noreferrer\" target=\"_blank\">\(label)</a>"
    }
}
