/// Why a document could not be ingested.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file holds no text.
    case empty
    /// The bytes hold a NUL byte at `offset`: a binary file.
    case binary(offset: Int)
    /// The bytes are not valid UTF-8 from `offset` on.
    case invalidUTF8(offset: Int)
    /// The path does not exist.
    case missing(path: String)
    /// The path is a directory.
    case directory(path: String)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The bytes are UTF-16 (a byte-order mark or NUL bytes between ASCII letters), not UTF-8.
    case utf16
    /// The path is a symbolic link, and links are only followed when asked (`--follow-symlinks`).
    case symlink(path: String, target: String)
    /// The path is not a regular file (a FIFO, a device, a socket).
    case notRegularFile(path: String, kind: String)
    /// The input is larger than the limit.
    case tooLarge(path: String, size: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty:
            "the file is empty (no text to ingest)"
        case .binary(let offset):
            "the file is binary (NUL byte at byte \(offset)); ingest takes UTF-8 text: export the article as .txt first"
        case .invalidUTF8(let offset):
            "the file is not valid UTF-8 (invalid byte at offset \(offset)); convert it first, e.g. iconv -f latin1 -t utf-8"
        case .missing(let path):
            "no such file: \(path); check the path"
        case .directory(let path):
            "\(path) is a directory; name the article files inside it"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .utf16:
            "the file is UTF-16 text, not UTF-8; convert it first, e.g. iconv -f utf-16 -t utf-8"
        case .symlink(let path, let target):
            "\(path) is a symbolic link (to \(target)); links are not followed unless you pass --follow-symlinks"
        case .notRegularFile(let path, let kind):
            "\(path) is a \(kind), not a regular file; save the article to a file first"
        case .tooLarge(let path, let size, let limit):
            "\(path) is larger than the limit (\(size > limit ? "\(size)" : "more than \(limit)") bytes; limit "
                + "\(limit)); raise it with --max-bytes if this really is one article"
        }
    }
}
