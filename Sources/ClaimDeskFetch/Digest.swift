import ClaimDeskModel
import ClaimDeskText
import Crypto

/// Digests ClaimDesk records: `sha256:<base32>` for WARC headers (hex digests are ``Hashing``).
package enum Digest {
    /// The WARC form of the SHA-256 of `bytes`: `sha256:` and RFC 4648 base32 (upper case, padded), as warcio writes.
    package static func warcSHA256(_ bytes: [UInt8]) -> String {
        "sha256:" + base32(Array(SHA256.hash(data: bytes)))
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
