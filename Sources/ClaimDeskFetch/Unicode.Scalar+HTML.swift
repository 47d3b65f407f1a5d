import ClaimDeskModel
import ClaimDeskText
extension Unicode.Scalar {
    /// `properties.isWhitespace` with an ASCII fast path (HTML is mostly ASCII, and the property lookup is the
    /// slowest step of reading a page).
    @inline(__always) var isWhiteSpace: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// `properties.isAlphabetic` with an ASCII fast path.
    @inline(__always) var isLetterScalar: Bool {
        value < 0x80 ? ((0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)) : properties.isAlphabetic
    }
}
