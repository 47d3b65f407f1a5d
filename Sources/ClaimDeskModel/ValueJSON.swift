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

    /// Appends `value` as a JSON string: `"` and `\` escaped, `\n \r \t` and the other controls below U+0020
    /// (as `\u00xx`) escaped, everything else as it is. Only ASCII is ever escaped, so a string with nothing to escape
    /// is copied whole, and the others byte by byte.
    static func append(_ value: String, to out: inout String) {
        out += "\""
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out += value
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
        out += "\""
    }
}
