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
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends ``json`` to `out` (one buffer for the whole value, not a string per node).
    func write(to out: inout String) {
        switch self {
        case .int(let value): out += String(value)
        case .double(let value): out += value.isFinite ? "\(value)" : "null"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .string(let value): ValueJSON.append(value, to: &out)
        case .raw(let text): out += text
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                ValueJSON.append(key, to: &out)
                out += ":"
                fields[key, default: .null].write(to: &out)
            }
            out += "}"
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
