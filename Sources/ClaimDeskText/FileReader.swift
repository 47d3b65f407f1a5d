import Foundation

/// Reads input files for every command that takes one, with one set of clear errors.
public enum FileReader {
    /// Reads the bytes of the file at `path`.
    ///
    /// - Throws: ``IngestError``: `.missing` when nothing is at the path, `.directory` for a folder,
    ///   `.unreadable` when the file cannot be read (permissions, I/O).
    public static func read(path: String) throws(IngestError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: path)
        }
        if isDirectory.boolValue { throw .directory(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or I/O error")
        }
        return Array(data)
    }

    /// Reads standard input to its end.
    public static func readStandardInput() -> [UInt8] {
        Array(FileHandle.standardInput.readDataToEndOfFile())
    }
}
