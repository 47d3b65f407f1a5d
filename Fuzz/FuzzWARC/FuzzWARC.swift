import ClaimDeskFetch

/// libFuzzer entry: bytes as a WARC file (plain or gzip members). Every record read back must describe exactly
/// its bytes; a malformed file is an error, never a crash or a guess.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWARC(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: start, count: count))
    let limits = WARCReader.Limits(maxHeadBytes: 4096, maxRecordBytes: 1 << 20)
    guard let records = try? WARCReader.records(bytes, limits: limits) else { return 0 }
    for record in records {
        precondition(record.offset >= 0 && record.offset < max(bytes.count, 1), "a record offset outside the file")
        precondition(Int(record.field("Content-Length") ?? "") == record.block.count, "a block of the wrong length")
        _ = record.blockDigestMatches
        if let message = record.httpMessage { _ = message.status }
        if let one = try? WARCReader.record(bytes, at: record.offset, limits: limits) {
            precondition(one.fields.count >= 1, "a record without fields")
        }
    }
    return 0
}
