import ClaimDeskText
import Crypto
import Foundation

/// A workspace's Ed25519 signing key, which signs the history's head (``LedgerHead``).
///
/// The private key is 32 bytes, kept as lower-case hex in a file next to the database with 0600 permissions
/// (never in the ledger, never in git), or given by `CLAIMDESK_SIGNING_KEY`. Ed25519 signatures are
/// deterministic, so the same key and head give the same signature (a reproducible demo).
public struct WorkspaceKey: Sendable {
    /// The 32-byte private value (kept as bytes: swift-crypto's key type is not `Sendable`).
    private let raw: Data

    private var key: Curve25519.Signing.PrivateKey {
        // `raw` was checked when the key was made, so this cannot fail; a fresh key would only fail to verify.
        (try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)) ?? Curve25519.Signing.PrivateKey()
    }

    /// A new random key.
    public init() {
        raw = Curve25519.Signing.PrivateKey().rawRepresentation
    }

    /// The key whose 32-byte private value is `hex`; nil when it is not 64 hex digits.
    public init?(hex: String) {
        guard let bytes = Self.bytes(hex.trimmingCharacters(in: .whitespacesAndNewlines)), bytes.count == 32,
            (try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes)) != nil
        else { return nil }
        self.raw = bytes
    }

    /// The private value as hex: what the key file holds.
    public var privateHex: String { Self.hex(raw) }

    /// The public key as hex: what the ledger carries and what a reader pins.
    public var publicHex: String { Self.hex(key.publicKey.rawRepresentation) }

    /// The head signed with this key.
    public func sign(_ head: LedgerHead) -> LedgerHead {
        var signed = head
        signed.publicKey = publicHex
        signed.signature = (try? key.signature(for: Data(head.message.utf8))).map(Self.hex)
        return signed
    }

    /// Whether `signature` (hex) is `publicKey`'s (hex) signature of `message`.
    public static func verify(signature: String, of message: String, publicKey: String) -> Bool {
        guard let signatureBytes = bytes(signature), let keyBytes = bytes(publicKey),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes)
        else { return false }
        return key.isValidSignature(signatureBytes, for: Data(message.utf8))
    }

    static func hex(_ data: some DataProtocol) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }

    static func bytes(_ hex: String) -> Data? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var data = Data(capacity: digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
