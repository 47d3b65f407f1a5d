import ClaimDeskText
/// The short, typeable ids users see: `d3` for a document, `c12` for a claim, `s4` for a source.
///
/// Database ids are never reused (AUTOINCREMENT), so a public id always means the same record.
public enum PublicID {
    /// The kind of record an id names.
    public enum Kind: String, Sendable, CaseIterable {
        /// A document.
        case document = "d"
        /// A claim.
        case claim = "c"
        /// A source.
        case source = "s"
        /// A capture.
        case capture = "k"
        /// An event.
        case event = "e"
    }

    /// Formats a database id: `format(12, as: .claim)` is `c12`.
    public static func format(_ id: Int64, as kind: Kind) -> String {
        "\(kind.rawValue)\(id)"
    }

    /// Formats an optional database id, or returns nil.
    public static func format(optional id: Int64?, as kind: Kind) -> String? {
        id.map { format($0, as: kind) }
    }

    /// Parses `c12`, `C12` or `12` as a claim id; nil when the text is not an id of that kind.
    public static func parse(_ text: String, as kind: Kind) -> Int64? {
        var body = Substring(text.trimmingWhitespace())
        if let first = body.first, first.lowercased() == kind.rawValue { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy(\.isASCII), let value = Int64(body), value > 0 else { return nil }
        return value
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
