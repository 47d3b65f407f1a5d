import ClaimDeskModel
import ClaimDeskText
/// Builds strings from scalar slices quickly (UTF-8 written straight into the string's storage).
enum ScalarString {
    /// The string of `s[range]`.
    static func make(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var n = 0
            for index in range {
                let v = s[index].value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    /// The span of `start..<end` in `s` with its 32-code-point prefix and suffix: the same value as
    /// `TextSpan(in:start:end:)`, built faster.
    static func span(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> TextSpan {
        let lower = max(0, min(start, s.count))
        let upper = max(lower, min(end, s.count))
        let before = max(0, lower - TextSpan.contextLength)
        let after = min(s.count, upper + TextSpan.contextLength)
        return TextSpan(
            start: lower,
            end: upper,
            exact: make(s, lower..<upper),
            prefix: make(s, before..<lower),
            suffix: make(s, upper..<after)
        )
    }
}

extension ScalarString {
    /// The scalars of `text` (the same as `Array(text.unicodeScalars)`), decoded from UTF-8 in one pass.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                var length: Int
                if b0 < 0x80 {
                    v = b0
                    length = 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                    length = 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                    length = 3
                } else {
                    v =
                        (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                        | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
                    length = 4
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += length
            }
            return out
        }
    }
}
