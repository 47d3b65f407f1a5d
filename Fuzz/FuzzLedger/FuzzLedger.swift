import ClaimDeskReport
import Foundation

/// libFuzzer entry: a ledger folder, its files separated by NUL bytes (JSON never holds a raw NUL): the first
/// is `_workspace.json`, the others document files. Read as `claimdesk import` and `ledger verify` read it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLedger(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: start, count: count))
    let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false)
    var files: [String: Data] = [:]
    for (index, part) in parts.enumerated() {
        files[index == 0 ? Ledger.workspaceFileName : "document-\(index).json"] = Data(part)
    }
    // `verify` reads first (`Ledger.read`), then replays the history and checks the signed head.
    _ = try? Ledger.verify(files, trustedKey: nil)
    return 0
}
