import ClaimDeskModel
import ClaimDeskText
/// Finds where numbered, lettered or bulleted list items start inside a line ("1. a 2. b", "a. x b. y", "• x • y").
///
/// A marker only breaks a sentence when the previous marker of the same style on the same line holds the
/// previous value (1 then 2, a then b), so "in 2. The" alone never does.
enum ListMarkers {
    private enum Style: Equatable {
        case dot, dotParen, paren, letterDot
    }

    private struct Marker {
        var position: Int
        var value: Int
        var style: Style
        var line: Int
    }

    /// Sorted offsets where a list item starts (never the first item of a text).
    static func breaks(in s: UnsafeBufferPointer<Unicode.Scalar>, from lower: Int, to n: Int) -> [Int] {
        var result: [Int] = []
        var markers: [Marker] = []
        var line = 0
        var i = lower
        while i < n {
            let c = s[i]
            if c == "\n" {
                line += 1
                i += 1
                continue
            }
            let isLetterMarker = c.value >= 97 && c.value <= 122 && i + 2 < n && s[i + 1] == "." && s[i + 2] == " "
            let isCandidate = c.isDigit || isLetterMarker || (c.value >= 0x2022 && c.value <= 0x25EF)
            guard isCandidate else {
                i += 1
                continue
            }
            let boundaryBefore = i == lower || s[i - 1].isSpace || SegmenterLexicon.isBullet(s[i - 1])
            if SegmenterLexicon.isBullet(c) {
                if i > lower, s[i - 1].isInlineSpace { result.append(i) }
                i += 1
                continue
            }
            guard boundaryBefore else {
                i += 1
                continue
            }
            if c.isDigit {
                var j = i
                var value = 0
                while j < n, s[j].isDigit, j - i < 3 {
                    value = value * 10 + Int(s[j].value - 48)
                    j += 1
                }
                if j < n, !s[j].isDigit, let style = style(s, j, n) {
                    markers.append(Marker(position: markerStart(s, i, lower), value: value, style: style, line: line))
                }
                i = j
                continue
            }
            if c.value >= 97, c.value <= 122, i + 2 < n, s[i + 1] == ".", s[i + 2] == " " {
                markers.append(
                    Marker(position: i, value: Int(c.value - 96), style: .letterDot, line: line)
                )
            }
            i += 1
        }
        for (index, marker) in markers.enumerated() where index > 0 {
            if let previous = markers[..<index].last(where: { $0.style == marker.style }),
                previous.line == marker.line, previous.value == marker.value - 1, marker.position > lower
            {
                result.append(marker.position)
            }
        }
        return result.sorted()
    }

    private static func style(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, _ n: Int) -> Style? {
        if s[j] == ")", j + 1 < n, s[j + 1] == " " { return .paren }
        guard s[j] == "." else { return nil }
        if j + 2 < n, s[j + 1] == ")", s[j + 2] == " " { return .dotParen }
        if j + 1 < n, s[j + 1] == " " { return .dot }
        return nil
    }

    /// A marker preceded by a bullet (and a space) starts at the bullet.
    private static func markerStart(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ lower: Int) -> Int {
        var b = i
        while b > lower, s[b - 1].isInlineSpace { b -= 1 }
        if b > lower, SegmenterLexicon.isBullet(s[b - 1]) { return b - 1 }
        return i
    }
}
