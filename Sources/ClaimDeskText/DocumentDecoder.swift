import Foundation

/// Turns a document's bytes into the text ClaimDesk stores: UTF-8, BOM removed, LF line endings, NFC.
///
/// The stored text never changes after ingest; every offset in ClaimDesk refers to it.
public enum DocumentDecoder {
    /// Decodes and normalises `bytes`.
    ///
    /// - Parameter bytes: the document as received.
    /// - Returns: the normalised text.
    /// - Throws: ``IngestError`` when the bytes are empty, binary (a NUL byte) or not valid UTF-8.
    public static func decode(_ bytes: [UInt8]) throws(IngestError) -> String {
        if bytes.isEmpty { throw .empty }
        if looksLikeUTF16(bytes) { throw .utf16 }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(offset: nul) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let decoded = String(validating: body, as: UTF8.self) else {
            throw .invalidUTF8(offset: firstInvalidUTF8Offset(body) ?? body.startIndex)
        }
        if decoded.allSatisfy({ $0.isWhitespace }) { throw .empty }
        // Fast path: pure ASCII without carriage returns is already normalised.
        if !body.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return decoded }
        return normalize(decoded)
    }

    /// Whether `bytes` start like UTF-16 text: a UTF-16 byte-order mark, or ASCII letters alternating with NULs.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let sample = bytes.prefix(64)
        guard sample.count >= 8 else { return false }
        let even = stride(from: 0, to: sample.count, by: 2).map { sample[sample.startIndex + $0] }
        let odd = stride(from: 1, to: sample.count, by: 2).map { sample[sample.startIndex + $0] }
        func textual(_ part: [UInt8]) -> Bool { part.allSatisfy { (0x09...0x7E).contains($0) } }
        return (even.allSatisfy { $0 == 0 } && textual(odd)) || (odd.allSatisfy { $0 == 0 } && textual(even))
    }

    /// Normalises already-decoded text: BOM removed, CRLF and CR to LF, Unicode NFC.
    public static func normalize(_ text: String) -> String {
        if text.unicodeScalars.first != "\u{FEFF}", !text.utf8.contains(0x0D) {
            return nfc(text)
        }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 0, scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return nfc(String(scalars))
    }

    /// `text` in NFC, one line at a time: a line that ``isNFCQuick(_:)`` passes is kept as it is, the others are
    /// normalised. The same as normalising the whole text, since nothing composes with a line feed (a starter
    /// that begins no composition), and much cheaper when few lines hold anything but Latin text.
    static func nfc(_ text: String) -> String {
        if isNFCQuick(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var first = true
        // Split on the UTF-8 bytes: splitting the String would find grapheme boundaries, many times slower.
        for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !first { out += "\n" }
            first = false
            let line = Substring(bytes)
            out += isNFCQuick(line) ? line : Substring(String(line).precomposedStringWithCanonicalMapping)
        }
        return out
    }

    /// Whether `text` is in NFC for certain without normalising it: every scalar is one that NFC leaves alone, that
    /// is no combining mark and never the second half of a composition. These are: below U+0300 (Latin letters and
    /// their precomposed accents), punctuation and currency signs (U+2010–U+205F, U+20A0–U+20BF: dashes, typographic
    /// quotes, the narrow no-break space, €), arrows (U+2190–U+21FF), symbols and dingbats (U+2600–U+27BF),
    /// variation selectors (U+FE00–U+FE0F) and emoji (U+1F000–U+1FAFF). False says only "maybe": such text goes
    /// through NFC.
    package static func isNFCQuick(_ text: some StringProtocol) -> Bool {
        if let quick = text.utf8.withContiguousStorageIfAvailable(isNFCQuick(utf8:)) { return quick }
        return text.unicodeScalars.allSatisfy { isNFCQuick(scalar: $0.value) }
    }

    /// Whether NFC leaves a scalar alone wherever it stands (the ranges of ``isNFCQuick(_:)``).
    package static func isNFCQuick(scalar v: UInt32) -> Bool {
        if v < 0x300 { return true }
        switch v {
        case 0x2010..<0x2060, 0x20A0..<0x20C0, 0x2190..<0x2200, 0x2600..<0x27C0, 0xFE00..<0xFE10, 0x1F000..<0x1FB00:
            return true
        default: return false
        }
    }

    /// ``isNFCQuick(_:)`` on valid UTF-8, reading bytes: a byte below 0xCC is ASCII, a continuation byte or the
    /// lead of a scalar below U+0300, so only the leads from 0xCC up are decoded.
    package static func isNFCQuick(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0xCC {
                i += 1
                continue
            }
            // U+0300–U+07FF (two bytes from 0xCC): combining marks and the scripts after them, never quick.
            if b0 < 0xE0 { return false }
            if b0 < 0xF0 {
                guard i + 2 < n else { return false }
                let v = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                guard isNFCQuick(scalar: v) else { return false }
                i += 3
            } else {
                guard i + 3 < n else { return false }
                let v =
                    UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                guard isNFCQuick(scalar: v) else { return false }
                i += 4
            }
        }
        return true
    }

    /// Returns the offset (into the original bytes) of the first invalid UTF-8 sequence, or nil when valid.
    package static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var position = bytes.startIndex
        while position < bytes.endIndex {
            let length: Int
            switch bytes[position] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return position
            }
            if position + length > bytes.endIndex { return position }
            if length > 1 {
                var sequence = bytes[position..<(position + length)].makeIterator()
                var decoder = UTF8()
                guard case .scalarValue = decoder.decode(&sequence) else { return position }
            }
            position += length
        }
        return nil
    }
}
