import ClaimDeskModel

/// libFuzzer entry: bytes as a URL typed by a reviewer or found in a page. A normalised URL is http(s),
/// normalising it again changes nothing, and the address policy can classify its host.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURL(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let raw = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let normalized = try? URLNormalizer.normalize(raw) else { return 0 }
    precondition(
        normalized.hasPrefix("http://") || normalized.hasPrefix("https://"),
        "a normalised URL that is not http(s): \(normalized)"
    )
    let again = try? URLNormalizer.normalize(normalized)
    precondition(again == normalized, "normalising is not idempotent: \(normalized) → \(again ?? "error")")
    if let host = URLNormalizer.host(of: normalized) { _ = AddressPolicy.blockReason(host: host) }
    return 0
}
