import ClaimDeskModel
import ClaimDeskText

/// Fast character classes on Unicode scalars, with an ASCII fast path.
///
/// The extraction hot path works on `[Unicode.Scalar]`; these helpers avoid `Character` and regex work.
extension Unicode.Scalar {
    /// A letter in any script.
    @inline(__always) var isLetter: Bool {
        let v = value
        if v < 128 { return (v | 0x20) >= 97 && (v | 0x20) <= 122 }
        if v < LatinTable.size { return LatinTable.flags[Int(v)] & LatinTable.letter != 0 }
        return properties.isAlphabetic
    }

    /// An ASCII digit.
    @inline(__always) var isDigit: Bool { value >= 48 && value <= 57 }

    /// An upper-case letter.
    @inline(__always) var isUpper: Bool {
        let v = value
        if v < 128 { return v >= 65 && v <= 90 }
        if v < LatinTable.size { return LatinTable.flags[Int(v)] & LatinTable.upper != 0 }
        return properties.isUppercase
    }

    /// A lower-case letter.
    @inline(__always) var isLower: Bool {
        let v = value
        if v < 128 { return v >= 97 && v <= 122 }
        if v < LatinTable.size { return LatinTable.flags[Int(v)] & LatinTable.lower != 0 }
        return properties.isLowercase
    }

    /// White space, including no-break spaces and line breaks.
    @inline(__always) var isSpace: Bool {
        let v = value
        if v == 32 || v == 10 || v == 9 || v == 13 { return true }
        if v < 128 { return false }
        return v == 0xA0 || v == 0x202F || (v >= 0x2000 && v <= 0x200A) || v == 0x3000 || v == 0x2028
            || v == 0x2029 || v == 0x85
    }

    /// White space other than a line break.
    @inline(__always) var isInlineSpace: Bool { value != 10 && value != 13 && isSpace }

    /// Letters and digits (word characters), plus zero-width joiners inside words.
    @inline(__always) var isWordCharacter: Bool { isDigit || isLetter }

    /// An apostrophe (straight or typographic).
    @inline(__always) var isApostrophe: Bool { value == 0x27 || value == 0x2019 }

    /// A dash used as punctuation (em, en, hyphen-minus surrounded by spaces is handled by callers).
    @inline(__always) var isDash: Bool { value == 0x2014 || value == 0x2013 || value == 0x2015 }

    /// The lower-case form (one scalar; scalars whose lower case is longer are kept).
    @inline(__always) var lowered: Unicode.Scalar {
        let v = value
        if v < 128 {
            if v >= 65 && v <= 90 { return Unicode.Scalar(UInt8(v + 32)) }
            return self
        }
        if v < LatinTable.size { return LatinTable.lowered[Int(v)] }
        if !properties.isUppercase { return self }
        let mapping = properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first ?? self : self
    }

    /// The base letter without diacritics, lower-cased, for fingerprints (é → e, Ç → c).
    var folded: Unicode.Scalar {
        let low = lowered
        let v = low.value
        if v < 0xC0 { return low }
        switch v {
        case 0xE0...0xE5: return "a"
        case 0xE7: return "c"
        case 0xE8...0xEB: return "e"
        case 0xEC...0xEF: return "i"
        case 0xF1: return "n"
        case 0xF2...0xF6, 0xF8: return "o"
        case 0xF9...0xFC: return "u"
        case 0xFD, 0xFF: return "y"
        case 0x153: return "o"
        case 0xE6: return "a"
        default: return low
        }
    }
}

/// Character classes of the scalars below U+0250 (Latin-1 and Latin Extended-A/B: French and most European
/// letters), precomputed so the hot path avoids Unicode property look-ups.
enum LatinTable {
    static let size: UInt32 = 0x250
    static let letter: UInt8 = 1
    static let upper: UInt8 = 2
    static let lower: UInt8 = 4

    static let flags: [UInt8] = (0..<size).map { v in
        guard let scalar = Unicode.Scalar(v) else { return 0 }
        let p = scalar.properties
        return (p.isAlphabetic ? letter : 0) | (p.isUppercase ? upper : 0) | (p.isLowercase ? lower : 0)
    }

    static let lowered: [Unicode.Scalar] = (0..<size).map { v in
        guard let scalar = Unicode.Scalar(v) else { return " " }
        guard scalar.properties.isUppercase else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first ?? scalar : scalar
    }
}

/// FNV-1a hashes of lower-cased words, so word lists can be checked without building strings.
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Mixes one scalar into a running hash.
    @inline(__always) static func mix(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var h = hash
        var v = scalar.lowered.value
        if v == 0x2019 { v = 0x27 }
        while true {
            h = (h ^ UInt64(v & 0xFF)) &* prime
            v >>= 8
            if v == 0 { break }
        }
        return h
    }

    /// The hash of `scalars[range]`, lower-cased, typographic apostrophes as `'`.
    @inline(__always) static func of(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var h = offset
        for index in range { h = mix(h, scalars[index]) }
        return h
    }

    /// The hash of `scalars[range]` (see ``of(_:_:)-(_,Range<Int>)``).
    @inline(__always) static func of(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> UInt64 {
        var h = offset
        for index in range { h = mix(h, scalars[index]) }
        return h
    }

    /// The hash of a word given as a string.
    static func of(_ word: String) -> UInt64 {
        var h = offset
        for scalar in word.unicodeScalars { h = mix(h, scalar) }
        return h
    }

    /// A set of word hashes.
    static func set(_ words: [String]) -> WordSet {
        WordSet(words.map { of($0) })
    }
}
