import ClaimDeskText
import Foundation

/// A sign that a source rotted between two captures.
public struct LinkRotSignal: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kinds of rot.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// It answered 2xx before and now answers 404/410, another error status, or not at all.
        case gone
        /// The final URL moved to another host.
        case moved
        /// The content's SHA-256 changed.
        case changed
        /// The excerpt was found before and is absent now.
        case excerptLost = "excerpt_lost"
    }

    /// The kind of rot.
    public var kind: Kind
    /// What changed, e.g. `200 → 404`.
    public var detail: String

    /// Creates a signal.
    public init(kind: Kind, detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(kind.rawValue) (\(detail))" }
}

/// Compares a capture with the one before it.
public enum LinkRot {
    /// The signs of rot from `previous` to `current`; empty when there is no previous capture or nothing rotted.
    public static func compare(previous: Capture?, current: Capture) -> [LinkRotSignal] {
        guard let previous, let before = previous.httpStatus, (200...299).contains(before) else { return [] }
        var signals: [LinkRotSignal] = []
        let after = current.httpStatus
        if let error = current.error {
            signals.append(LinkRotSignal(kind: .gone, detail: "\(before) → \(error)"))
        } else if let after, !(200...299).contains(after) {
            signals.append(LinkRotSignal(kind: .gone, detail: "\(before) → \(after)"))
        }
        if let oldHost = host(previous.finalUrl), let newHost = host(current.finalUrl), oldHost != newHost {
            signals.append(LinkRotSignal(kind: .moved, detail: "\(oldHost) → \(newHost)"))
        }
        if let after, (200...299).contains(after), let old = previous.sha256, let new = current.sha256, old != new {
            signals.append(LinkRotSignal(kind: .changed, detail: "sha256 \(old.prefix(12)) → \(new.prefix(12))"))
        }
        if let found = previous.excerptFound, found != .absent,
            current.excerptFound == .absent
        {
            signals.append(LinkRotSignal(kind: .excerptLost, detail: "\(found.rawValue) → absent"))
        }
        return signals
    }

    /// The signals of each capture against the one before it; `captures` in fetch order.
    public static func history(_ captures: [Capture]) -> [[LinkRotSignal]] {
        captures.indices.map { index in
            compare(previous: index > 0 ? captures[index - 1] : nil, current: captures[index])
        }
    }

    /// The host of `url`, lower-cased, without a leading `www.`.
    static func host(_ url: String?) -> String? {
        guard let url, let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
