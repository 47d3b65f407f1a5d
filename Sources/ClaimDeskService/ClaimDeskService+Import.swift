public import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskStore
import Foundation

/// What `import` rebuilt.
public struct ImportSummary: Sendable, Hashable {
    /// Documents imported.
    public var documents: Int
    /// Claims imported.
    public var claims: Int
}

extension ClaimDeskService {
    /// Reads and checks every `*.json` ledger file of `folder` (syntax, fields, quotes against the stored text, ids,
    /// event hashes, the hash chain across files) before anything is written.
    ///
    /// - Throws: ``LedgerError`` for the first malformed or inconsistent file (file, line:column, caret);
    ///   ``ClaimDeskError`` `.badInput` when the folder is missing, unreadable or holds no ledger file.
    public static func readLedger(folder: String) throws -> LedgerContents {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ClaimDeskError(.badInput, "\(folder) is not a folder", subject: folder)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw ClaimDeskError(.badInput, "cannot read \(folder): \(error.localizedDescription)", subject: folder)
        }
        var files: [String: Data] = [:]
        for name in names where name.hasSuffix(".json") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LedgerError(.io, file: path, reason: "cannot read the file")
            }
            files[path] = data
        }
        guard !files.isEmpty else {
            throw ClaimDeskError(.badInput, "\(folder) holds no ledger files (*.json)", subject: folder)
        }
        return try Ledger.read(files)
    }

    /// Rebuilds this (new or empty) workspace from a ledger read by ``readLedger(folder:)``, in one transaction,
    /// ids kept.
    public func importLedger(_ contents: LedgerContents) async throws(ClaimDeskError) -> ImportSummary {
        try await store.importLedger(contents)
        return ImportSummary(documents: contents.files.count, claims: contents.files.map(\.claims.count).reduce(0, +))
    }
}
