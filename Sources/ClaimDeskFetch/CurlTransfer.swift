import ClaimDeskModel
import ClaimDeskText

/// What libcurl's callbacks collect during one hop of a ``CurlFetcher`` fetch.
final class Transfer {
    let maxBytes: Int
    var body: [UInt8] = []
    var tooLarge = false
    var statusLine = ""
    var headers: [HTTPHeader] = []
    var requestHead: [UInt8] = []
    /// Whether non-public addresses may be connected to.
    let allowPrivateNetwork: Bool
    /// Non-public addresses allowed all the same.
    var allowedAddresses: Set<String> = []
    /// The address a connection was refused to, and why (``AddressPolicy``).
    var blocked: (address: String, reason: String)?

    init(maxBytes: Int, allowPrivateNetwork: Bool) {
        self.maxBytes = maxBytes
        self.allowPrivateNetwork = allowPrivateNetwork
    }

    /// Whether curl may connect to `bytes` (4 or 16 bytes); records why not.
    func mayConnect(to bytes: [UInt8]) -> Bool {
        if allowPrivateNetwork { return true }
        let reason: String? =
            switch bytes.count {
            case 4: AddressPolicy.blockReason(ipv4: bytes)
            case 16: AddressPolicy.blockReason(ipv6: bytes)
            default: "unknown address family"
            }
        guard let reason else { return true }
        let address = Self.format(bytes)
        if allowedAddresses.contains(address) { return true }
        blocked = (address, reason)
        return false
    }

    /// `127.0.0.1` or `::1`-style text of an address.
    static func format(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        var groups: [String] = []
        for index in stride(from: 0, to: bytes.count, by: 2) {
            groups.append(String(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]), radix: 16))
        }
        return groups.joined(separator: ":")
    }

    /// Appends decoded body bytes; false (abort) once the body would exceed `maxBytes`.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if body.count + bytes.count > maxBytes {
            tooLarge = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Records one header line; a status line starts a new response (after a 1xx interim one).
    func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        if line.isEmpty { return }
        if line.hasPrefix("HTTP/") {
            statusLine = line
            headers = []
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon]).trimmingWhitespace()
        let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
        headers.append(HTTPHeader(name: name, value: value))
    }
}
