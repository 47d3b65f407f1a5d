/// Converts between the store's offsets (Unicode scalars) and the browser's (UTF-16 code units).
///
/// A claim occurrence is stored as scalar offsets into the document text; a selection in the browser is counted in
/// UTF-16 units. Scalars outside the Basic Multilingual Plane (most emoji) take two units; combining accents are
/// scalars of their own and take one each.
package struct TextOffsets: Sendable {
    /// `utf16[i]` is the UTF-16 offset of scalar `i`; the last entry is the text's UTF-16 length.
    private let utf16: [Int]

    /// Indexes `text`.
    package init(_ text: String) {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var unit = 0
        for scalar in text.unicodeScalars {
            offsets.append(unit)
            unit += UTF16.width(scalar)
        }
        offsets.append(unit)
        utf16 = offsets
    }

    /// How many scalars the text has.
    package var scalarCount: Int { utf16.count - 1 }

    /// The UTF-16 offset of scalar offset `scalar`, clamped to the text.
    package func utf16Offset(ofScalar scalar: Int) -> Int {
        utf16[min(max(scalar, 0), scalarCount)]
    }

    /// The scalar offset at UTF-16 offset `unit`, or nil when `unit` is outside the text or splits a surrogate pair.
    package func scalarOffset(ofUTF16 unit: Int) -> Int? {
        var low = 0
        var high = scalarCount
        while low <= high {
            let middle = (low + high) / 2
            if utf16[middle] == unit { return middle }
            if utf16[middle] < unit { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}
