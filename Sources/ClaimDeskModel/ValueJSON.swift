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
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
