import ClaimDeskText
/// A place in a text, as a W3C Web Annotation TextPositionSelector plus TextQuoteSelector.
///
/// `start` and `end` are Unicode scalar (code point) offsets into the normalised text, end exclusive;
/// `exact` is the text between them, and `prefix`/`suffix` are up to 32 code points on either side.
public struct TextSpan: Sendable, Codable, Hashable {
    /// Offset of the first code point.
    public var start: Int
    /// Offset one past the last code point.
    public var end: Int
    /// The text between `start` and `end`.
    public var exact: String
    /// Up to 32 code points before `start`.
    public var prefix: String
    /// Up to 32 code points after `end`.
    public var suffix: String

    /// Creates a span.
    public init(start: Int, end: Int, exact: String, prefix: String, suffix: String) {
        self.start = start
        self.end = end
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    /// How many code points a prefix or suffix holds at most.
    public static let contextLength = 32

    /// Creates the span of `start..<end` in `scalars`, with its prefix and suffix.
    ///
    /// - Parameters:
    ///   - scalars: the text as an array of Unicode scalars.
    ///   - start: offset of the first code point (clamped into the text).
    ///   - end: offset one past the last code point (clamped into the text).
    public init(in scalars: [Unicode.Scalar], start: Int, end: Int) {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        self.start = lower
        self.end = upper
        self.exact = String(scalars: scalars[lower..<upper])
        self.prefix = String(scalars: scalars[max(0, lower - Self.contextLength)..<lower])
        self.suffix = String(scalars: scalars[upper..<min(scalars.count, upper + Self.contextLength)])
    }
}

extension String {
    /// Creates a string from a run of Unicode scalars (faster than building a `UnicodeScalarView`).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 2)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
