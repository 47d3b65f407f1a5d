import ClaimDeskModel
import ClaimDeskText
import Crypto

/// Digests ClaimDesk records: `sha256:<base32>` for WARC headers (hex digests are ``Hashing``).
package enum Digest {
    /// The WARC form of the SHA-256 of `bytes`: `sha256:` and RFC 4648 base32 (upper case, padded), as warcio writes.
    package static func warcSHA256(_ bytes: [UInt8]) -> String {
        "sha256:" + base32(Array(SHA256.hash(data: bytes)))
    }

    /// The WARC form of the SHA-1 of `bytes` (`sha1:<base32>`), the default of warcio and most crawlers.
    package static func warcSHA1(_ bytes: [UInt8]) -> String {
        "sha1:" + base32(Array(Insecure.SHA1.hash(data: bytes)))
    }

    /// Whether a WARC digest field (`sha1:` or `sha256:`, base32 or hex) matches `bytes`; nil for another algorithm.
    package static func warcDigestMatches(_ field: String, _ bytes: [UInt8]) -> Bool? {
        let lowered = field.lowercased()
        let hash: [UInt8]
        if lowered.hasPrefix("sha256:") {
            hash = Array(SHA256.hash(data: bytes))
        } else if lowered.hasPrefix("sha1:") {
            hash = Array(Insecure.SHA1.hash(data: bytes))
        } else {
            return nil
        }
        guard let colon = field.firstIndex(of: ":") else { return nil }
        let value = field[field.index(after: colon)...]
        let hex = hash.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        return value.uppercased() == base32(hash) || value.lowercased() == hex
    }

    /// RFC 4648 base32 with padding.
    package static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
        var out = [UInt8]()
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        while out.count % 8 != 0 { out.append(UInt8(ascii: "=")) }
        return String(decoding: out, as: UTF8.self)
    }
}
