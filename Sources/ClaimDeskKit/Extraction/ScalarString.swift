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
