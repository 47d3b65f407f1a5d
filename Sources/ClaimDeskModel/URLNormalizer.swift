import ClaimDeskText
import Foundation

/// Validates source URLs and normalises them so that the same page is recognised under its variants.
///
/// Only `http` and `https` URLs with a host are accepted. The normal form has a lower-case scheme and host, no
/// default port, no fragment, `/` for an empty path, and no tracking parameters (`utm_*`, `fbclid`, `gclid`, …);
/// other query parameters keep their order.
public enum URLNormalizer {
    /// Query parameters that only track the reader and never change the page.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "_ga", "_gl", "ref_src", "ref_url", "cmpid", "xtor", "at_medium", "at_campaign", "spm", "si",
    ]

    /// Returns the normal form of `raw`.
    ///
    /// - Throws: ``ClaimDeskError`` with code `.refused` and a message saying what is wrong with the URL.
    public static func normalize(_ raw: String) throws(ClaimDeskError) -> String {
        let trimmed = raw.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw refuse(raw, "it is empty") }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
            throw refuse(raw, "it contains white space")
        }
        guard var components = URLComponents(string: trimmed) else { throw refuse(raw, "it is not a well-formed URL") }
        guard let scheme = components.scheme?.lowercased() else {
            throw refuse(raw, "it has no scheme; write it as https://…")
        }
        guard scheme == "http" || scheme == "https" else {
            throw refuse(raw, "only http and https sources are accepted, not \(scheme):")
        }
        guard let host = components.host, !host.isEmpty else { throw refuse(raw, "it has no host") }
        components.scheme = scheme
        components.host = host.lowercased()
        if (scheme == "http" && components.port == 80) || (scheme == "https" && components.port == 443) {
            components.port = nil
        }
        components.fragment = nil
        if components.path.isEmpty { components.path = "/" }
        if let items = components.queryItems {
            // Empty items (`?&a=1`, `a=1&`) carry nothing; keeping one would leave a bare `?` that the next
            // normalisation drops, so the normal form would not be stable (found by Fuzz/FuzzURL).
            let kept = items.filter { item in
                let name = item.name.lowercased()
                return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
                    && !(name.isEmpty && item.value == nil)
            }
            components.queryItems = kept.isEmpty ? nil : kept
        }
        guard let normalized = components.string else { throw refuse(raw, "it cannot be normalised") }
        return normalized
    }

    /// The host of a URL, lower-cased, or nil.
    public static func host(of url: String) -> String? {
        URLComponents(string: url)?.host?.lowercased()
    }

    private static func refuse(_ raw: String, _ reason: String) -> ClaimDeskError {
        ClaimDeskError(.refused, "'\(raw)' is not a usable source URL: \(reason)", subject: raw)
    }
}
