import ClaimDeskText

/// A JSON value in canonical form: object keys sorted, no insignificant white space, numbers as Swift writes
/// them (the shortest text that reads back as the same value), strings escaped by ``ValueJSON``.
///
/// The hash chain (``EventChain``) and the records of events (``HistoryRecord``) are written with it, so the
/// same values always give the same bytes, on every platform.
enum CanonicalValue: Sendable, Hashable {
    case string(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case null
    case array([CanonicalValue])
    case object([String: CanonicalValue])
    /// Text that is already canonical JSON (``ValueJSON``'s numbers, dates and signals).
    case raw(String)

    /// The canonical JSON text.
    var json: String {
        switch self {
        case .int(let value): return String(value)
        case .double(let value): return value.isFinite ? "\(value)" : "null"
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .string(let value): return ValueJSON.string(value)
        case .raw(let text): return text
        case .array(let values): return "[" + values.map(\.json).joined(separator: ",") + "]"
        case .object(let fields):
            let body = fields.keys.sorted().map { key in
                "\(ValueJSON.string(key)):\(fields[key, default: .null].json)"
            }
            return "{" + body.joined(separator: ",") + "}"
        }
    }

    /// An optional string, or null.
    static func string(_ value: String?) -> CanonicalValue { value.map(CanonicalValue.string) ?? .null }
    /// An optional integer, or null.
    static func int(_ value: Int64?) -> CanonicalValue { value.map(CanonicalValue.int) ?? .null }
    /// An optional integer, or null.
    static func int(_ value: Int?) -> CanonicalValue { value.map { CanonicalValue.int(Int64($0)) } ?? .null }
    /// An optional number, or null.
    static func double(_ value: Double?) -> CanonicalValue { value.map(CanonicalValue.double) ?? .null }
}
