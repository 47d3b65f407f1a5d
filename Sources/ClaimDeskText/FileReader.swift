import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files for every command that takes one, with one set of limits and clear errors.
public enum FileReader {
    /// What a read may cost and follow.
    public struct Limits: Sendable, Hashable {
        /// The largest input accepted, in bytes (default 20 MiB).
        public var maxBytes: Int
        /// Whether a symbolic link is followed (to a regular file only).
        public var followSymlinks: Bool

        /// The default limit: 20 MiB, links not followed.
        public static let defaultMaxBytes = 20 * 1024 * 1024

        /// Creates limits.
        public init(maxBytes: Int = Limits.defaultMaxBytes, followSymlinks: Bool = false) {
            self.maxBytes = maxBytes
            self.followSymlinks = followSymlinks
        }
    }

    /// Reads the bytes of the file at `path`.
    ///
    /// - Throws: ``IngestError``: `.missing`, `.directory`, `.symlink` (unless followed), `.notRegularFile` (a
    ///   FIFO, device or socket: never read, so a read can never hang), `.tooLarge`, `.unreadable`.
    public static func read(path: String, limits: Limits = Limits()) throws(IngestError) -> [UInt8] {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        var info = link
        if link.st_mode & S_IFMT == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            guard limits.followSymlinks else { throw .symlink(path: path, target: target) }
            guard stat(path, &info) == 0 else { throw .missing(path: path) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .directory(path: path)
        case S_IFIFO: throw .notRegularFile(path: path, kind: "FIFO (named pipe)")
        case S_IFCHR, S_IFBLK: throw .notRegularFile(path: path, kind: "device")
        case S_IFSOCK: throw .notRegularFile(path: path, kind: "socket")
        default: throw .notRegularFile(path: path, kind: "special file")
        }
        if Int(info.st_size) > limits.maxBytes {
            throw .tooLarge(path: path, size: Int(info.st_size), limit: limits.maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: errno == EACCES ? "permission denied" : String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let data: Data?
        do {
            data = try handle.read(upToCount: limits.maxBytes + 1)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let bytes = Array(data ?? Data())
        if bytes.count > limits.maxBytes { throw .tooLarge(path: path, size: bytes.count, limit: limits.maxBytes) }
        return bytes
    }

    /// Reads standard input to its end, or to one byte past `maxBytes`.
    ///
    /// - Throws: ``IngestError/tooLarge(path:size:limit:)`` when the input is larger than `maxBytes`.
    public static func readStandardInput(maxBytes: Int = Limits.defaultMaxBytes) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count <= maxBytes {
            let chunk = FileHandle.standardInput.readData(ofLength: min(1 << 20, maxBytes + 1 - bytes.count))
            if chunk.isEmpty { break }
            bytes += chunk
        }
        if bytes.count > maxBytes { throw .tooLarge(path: "standard input", size: 0, limit: maxBytes) }
        return bytes
    }
}
