import ClaimDeskModel
import ClaimDeskText
import Foundation

/// A ``WARCWriter`` that concurrent fetch workers share: the file is created on the first successful fetch, and
/// each fetch's records are appended whole under a lock, so records never interleave.
final class SharedWARCWriter: @unchecked Sendable {
    // @unchecked Sendable: `writer` and `failure` are only touched while `lock` is held.
    private let directory: URL
    private let lock = NSLock()
    private var writer: WARCWriter?
    private var failure: WARCError?

    init(directory: URL) {
        self.directory = directory
    }

    /// Appends a successful fetch's records; nil for a failed fetch, or once writing has failed.
    func write(_ result: FetchResult) -> WARCLocation? {
        guard result.succeeded else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return nil }
        do {
            if writer == nil { writer = try WARCWriter(directory: directory) }
            return try writer?.write(result)
        } catch {
            failure = error
            return nil
        }
    }

    /// Closes the file and reports the first write failure, if any.
    func finish() throws(WARCError) {
        lock.lock()
        defer { lock.unlock() }
        writer?.close()
        if let failure { throw failure }
    }
}
