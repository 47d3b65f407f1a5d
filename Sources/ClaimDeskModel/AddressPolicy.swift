import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which network addresses ClaimDesk fetches from by default: public ones only.
///
/// Loopback, private (RFC 1918, unique-local), link-local (and so cloud metadata services such as
/// 169.254.169.254), carrier-grade NAT, multicast, broadcast, reserved and unspecified addresses are refused, in
/// IPv4 and IPv6 (IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address they carry). The fetcher
/// applies this to the address it is about to connect to, at every redirect hop, so a host name that resolves to
/// a private address (DNS rebinding included) is refused too. Newsroom intranets turn it off with
/// `--allow-private-network` or `CLAIMDESK_ALLOW_PRIVATE_NETWORK=1`.
public enum AddressPolicy {
    /// Why an IPv4 address is refused (`loopback`, `private`, …), or nil when it is public.
    public static func blockReason(ipv4 a: [UInt8]) -> String? {
        guard a.count == 4 else { return "malformed" }
        switch (a[0], a[1]) {
        case (0, _): return "unspecified"
        case (10, _): return "private"
        case (127, _): return "loopback"
        case (169, 254): return "link-local"
        case (172, 16...31): return "private"
        case (192, 168): return "private"
        case (100, 64...127): return "shared (carrier-grade NAT)"
        case (198, 18...19): return "reserved (benchmarking)"
        case (192, 0) where a[2] == 0: return "reserved (IETF protocol)"
        case (224...239, _): return "multicast"
        case (240...255, _): return "reserved"
        default: return nil
        }
    }

    /// Why an IPv6 address (16 bytes) is refused, or nil when it is public.
    public static func blockReason(ipv6 a: [UInt8]) -> String? {
        guard a.count == 16 else { return "malformed" }
        if a[0..<15].allSatisfy({ $0 == 0 }) {
            return a[15] == 0 ? "unspecified" : a[15] == 1 ? "loopback" : "reserved"
        }
        if a[0..<10].allSatisfy({ $0 == 0 }), a[10] == 0xFF, a[11] == 0xFF { return blockReason(ipv4: Array(a[12..<16])) }
        if a[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return blockReason(ipv4: Array(a[12..<16])) }
        if a[0] == 0xFF { return "multicast" }
        if a[0] == 0xFE, a[1] & 0xC0 == 0x80 { return "link-local" }
        if a[0] == 0xFE, a[1] & 0xC0 == 0xC0 { return "site-local" }
        if a[0] & 0xFE == 0xFC { return "private (unique local)" }
        return nil
    }

    /// Why the host of a URL is refused before any fetch: a literal address that ``blockReason(ipv4:)`` or
    /// ``blockReason(ipv6:)`` refuses (in any spelling the resolver accepts, `0177.1` or `2130706433` too), or a
    /// name that always means this machine (`localhost`, `*.localhost`). Other names are judged when they resolve.
    public static func blockReason(host rawHost: String) -> String? {
        var host = rawHost.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.hasSuffix(".") { host = String(host.dropLast()) }
        if host == "localhost" || host.hasSuffix(".localhost") { return "loopback" }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, host, &v6) == 1 {
            return blockReason(ipv6: withUnsafeBytes(of: &v6) { Array($0) })
        }
        var v4 = in_addr()
        if inet_aton(host, &v4) != 0 {
            return blockReason(ipv4: withUnsafeBytes(of: &v4) { Array($0) })
        }
        return nil
    }

    /// The refusal message for a URL whose host or address is not public.
    public static func refusal(url: String, address: String, reason: String) -> String {
        "\(url) points at \(address), a \(reason) address: ClaimDesk does not fetch from inside the network by "
            + "default; pass --allow-private-network (or set CLAIMDESK_ALLOW_PRIVATE_NETWORK=1) for an intranet source"
    }
}
