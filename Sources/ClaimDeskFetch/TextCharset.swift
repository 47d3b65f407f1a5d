import ClaimDeskModel
import ClaimDeskText
import Foundation

/// Decodes page bytes to text: picks the charset (BOM, header, `<meta>`, else UTF-8 when valid, else
/// windows-1252) and decodes UTF-8, ISO-8859-1 and windows-1252 (as browsers do, ISO-8859-1 and ASCII labels are
/// read as windows-1252, its superset). Invalid UTF-8 becomes U+FFFD: a broken page still yields bounded text.
package enum TextCharset {
    /// The charsets ClaimDesk decodes.
    package enum Encoding: String, Sendable {
        case utf8 = "utf-8"
        case windows1252 = "windows-1252"
    }

    /// Decodes `bytes`, returning the text and the charset label used (lower-cased, as declared when declared).
    ///
    /// A NUL byte becomes U+FFFD, as browsers show it: a NUL would otherwise cut the text where it is stored
    /// (SQLite text binding stops at the first NUL), silently losing the rest of a title or an article.
    package static func decode(
        _ bytes: [UInt8],
        headerCharset: String?,
        sniffHTML: Bool
    ) -> (text: String, charset: String) {
        let (text, charset) = decodeKeepingNUL(bytes, headerCharset: headerCharset, sniffHTML: sniffHTML)
        guard bytes.contains(0) else { return (text, charset) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\0" ? "\u{FFFD}" : scalar) }
        return (String(scalars), charset)
    }

    private static func decodeKeepingNUL(
        _ bytes: [UInt8],
        headerCharset: String?,
        sniffHTML: Bool
    ) -> (text: String, charset: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), "utf-8")
        }
        let declared = headerCharset ?? (sniffHTML ? metaCharset(bytes) : nil)
        if let declared, let encoding = encoding(label: declared) {
            return (decode(bytes, as: encoding), declared)
        }
        if DocumentDecoder.firstInvalidUTF8Offset(bytes[...]) == nil {
            return (String(decoding: bytes, as: UTF8.self), "utf-8")
        }
        return (decode(bytes, as: .windows1252), "windows-1252")
    }

    /// The encoding for a charset label, nil when ClaimDesk does not know it.
    package static func encoding(label: String) -> Encoding? {
        switch label.trimmingWhitespace().lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": .utf8
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp1252", "windows-1252",
            "x-cp1252", "us-ascii", "ascii", "iso-8859-15", "iso8859-15", "latin-9":
            .windows1252
        default: nil
        }
    }

    /// Decodes with a known encoding.
    package static func decode(_ bytes: [UInt8], as encoding: Encoding) -> String {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(windows1252Scalar(byte)) }
            return String(scalars)
        }
    }

    /// The windows-1252 character of one byte (0x80–0x9F hold typographic characters; the rest is Latin-1).
    package static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = high[Int(byte) - 0x80]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The charset a page declares in its first 4 kB: `<meta charset=…>` or an http-equiv `Content-Type`.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let charset = tag.range(of: "charset=") {
                let value = tag[charset.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                let label = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }
                if !label.isEmpty { return String(label) }
            }
            searchStart = end
        }
        return nil
    }
}
