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
        }
    }
}
