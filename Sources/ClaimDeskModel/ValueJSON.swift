import ClaimDeskText
import Foundation

/// Writes JSON strings and the JSON columns of a claim (numbers, dates, signals) without `JSONEncoder`, which dominated the cost of
/// storing a claim. The output is plain JSON that `JSONDecoder` reads back into the same values.
package enum ValueJSON {
    package static func encode(_ numbers: [NumberValue]) -> String {
        array(numbers) { number in
            var object = "{"
            if let range = number.range {
                object += "\"range\":{\"from\":" + double(range.from) + ",\"to\":" + double(range.to) + "},"
            }
            if let sign = number.sign { object += "\"sign\":" + string(sign) + "," }
            object += "\"text\":" + string(number.text) + ",\"unit\":"
            object += number.unit.map(string) ?? "null"
            return object + ",\"value\":" + double(number.value) + "}"
        }
    }

    package static func encode(_ dates: [DateValue]) -> String {
        array(dates) { date in "{\"text\":" + string(date.text) + ",\"value\":" + string(date.value) + "}" }
    }

    package static func encode(_ signals: [Signal]) -> String {
        array(signals) { signal in "{\"name\":" + string(signal.name) + ",\"weight\":" + double(signal.weight) + "}" }
    }

    /// Whether every double in these values is finite (JSON has no NaN or infinity; callers fall back otherwise).
    package static func isRepresentable(_ numbers: [NumberValue], _ signals: [Signal]) -> Bool {
        numbers.allSatisfy { $0.value.isFinite && ($0.range.map { $0.from.isFinite && $0.to.isFinite } ?? true) }
            && signals.allSatisfy { $0.weight.isFinite }
    }

    private static func array<T>(_ values: [T], _ element: (T) -> String) -> String {
        "[" + values.map(element).joined(separator: ",") + "]"
    }

    private static func double(_ value: Double) -> String { NumberText.plain(value) }

    static func string(_ value: String) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// Appends `value` as a JSON string, in the canonical form the hash chain is written in (``quote(_:into:)``
    /// with `shortFormFeeds: false`).
    static func append(_ value: String, to out: inout String) {
        guard needsEscaping(value) else {
            out += "\""
            out += value
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 16)
        quote(value, into: &bytes, shortFormFeeds: false)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `value` holds a byte JSON escapes: `"`, `\` or a control below U+0020.
    package static func needsEscaping(_ value: String) -> Bool {
        value.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }

    /// Appends `value` as a JSON string to UTF-8 `bytes`: `"` and `\` escaped, `\t \n \r` in their short forms,
    /// the other controls below U+0020 as `\u00xx`, everything else as it is (only ASCII is ever escaped, so a string
    /// with nothing to escape is copied whole).
    ///
    /// - Parameter shortFormFeeds: also write backspace and form feed as `\b` and `\f`, as `JSONEncoder` does (the
    ///   contract's output); the canonical form of the hash chain writes them `\u0008` and `\u000c`, and must not
    ///   change.
    package static func quote(_ value: String, into bytes: inout [UInt8], shortFormFeeds: Bool) {
        bytes.append(0x22)
        guard needsEscaping(value) else {
            bytes.append(contentsOf: value.utf8)
            bytes.append(0x22)
            return
        }
        let hex = Array("0123456789abcdef".utf8)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08 where shortFormFeeds: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C where shortFormFeeds: bytes += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20: bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
