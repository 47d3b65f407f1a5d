import ClaimDeskModel
import ClaimDeskText
/// HTML character references: named (the HTML 4 set news pages use), decimal and hexadecimal.
enum HTMLEntities {
    /// Decodes the reference starting at `scalars[start]` (an `&`); returns the text and the index after it,
    /// or nil when it is not a reference (the `&` then stands for itself).
    static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            var hex = false
            if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
                hex = true
                index += 1
            }
            var value: UInt32 = 0
            let digitsStart = index
            while index < scalars.count, index - digitsStart < 8,
                let digit = hexValue(scalars[index]), hex || digit < 10
            {
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            return (String(numeric(value)), index)
        }
        var name = ""
        while index < scalars.count, index - start <= 10,
            scalars[index].properties.isAlphabetic
                || (scalars[index].properties.numericType != nil)
        {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard let value = named[name] else { return nil }
        if index < scalars.count, scalars[index] == ";" {
            return (value, index + 1)
        }
        return ["amp", "lt", "gt", "quot", "nbsp"].contains(name) ? (value, index) : nil
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    /// A numeric reference's character: 128–159 as windows-1252 (as browsers do); NUL, surrogates and out of
    /// range values as U+FFFD.
    private static func numeric(_ value: UInt32) -> Character {
        if (0x80...0x9F).contains(value) { return Character(TextCharset.windows1252Scalar(UInt8(value))) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }

    /// Latin-1 names for U+00A0…U+00FF, in order.
    private static let latin1Names = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute \
        micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring \
        AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml \
        times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil \
        egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash \
        ugrave uacute ucirc uuml yacute thorn yuml
        """.split(separator: " ")

    static let named: [String: String] = {
        var table: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "OElig": "Œ", "oelig": "œ", "Scaron": "Š",
            "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜", "ensp": "\u{2002}", "emsp": "\u{2003}",
            "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
            "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
            "bdquo": "„", "dagger": "†", "Dagger": "‡", "bull": "•", "hellip": "…", "permil": "‰", "prime": "′",
            "Prime": "″", "lsaquo": "‹", "rsaquo": "›", "oline": "‾", "frasl": "⁄", "euro": "€", "trade": "™",
            "minus": "−", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "nnbsp": "\u{202F}",
        ]
        for (offset, name) in latin1Names.enumerated() {
            if let scalar = Unicode.Scalar(0xA0 + UInt32(offset)) { table[String(name)] = String(scalar) }
        }
        return table
    }()
}
