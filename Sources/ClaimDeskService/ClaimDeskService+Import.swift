public import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskStore
public import Foundation
public import Logging

/// What `import` rebuilt.
public struct ImportSummary: Sendable, Hashable {
    /// Documents imported.
    public var documents: Int
    /// Claims imported.
    public var claims: Int
    /// The head the ledger's events end at.
    public var head: LedgerHead
    /// Whether the head was signed (format 2); format 1 ledgers are imported unsigned.
    public var isSigned: Bool
}

extension ClaimDeskService {
    /// Reads every `*.json` ledger file of `folder` and checks it (syntax within bounds, fields, quotes against
    /// the stored text, ids, event hashes, the hash chain across files), before anything is written.
    ///
    /// A ledger file must be a regular file: a symbolic link is refused without being read.
    ///
    /// - Throws: ``LedgerError`` for the first malformed or inconsistent file (file, line:column, caret);
    ///   ``ClaimDeskError`` `.badInput` when the folder is missing, unreadable or holds no ledger file.
    public static func readLedgerFiles(folder: String) throws -> [String: Data] {
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
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                || attributes?[.type] as? FileAttributeType != .typeRegular
            {
                throw LedgerError(.io, file: path, reason: "not a regular file (a symbolic link?): a ledger file is never followed")
            }
            if let size = attributes?[.size] as? Int, size > Ledger.maximumFileSize {
                throw LedgerError(.io, file: path, reason: "the file is \(size) bytes, more than a ledger file may be")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LedgerError(.io, file: path, reason: "cannot read the file")
            }
            files[path] = data
        }
        guard !files.isEmpty else {
            throw ClaimDeskError(.badInput, "\(folder) holds no ledger files (*.json)", subject: folder)
        }
        return files
    }

    /// Reads and checks a ledger folder (``readLedgerFiles(folder:)``, then ``Ledger/read(_:)``).
    public static func readLedger(folder: String) throws -> LedgerContents {
        try Ledger.read(readLedgerFiles(folder: folder))
    }

    /// Rebuilds a new or empty workspace from the ledger in `folder`, in one transaction, ids kept.
    ///
    /// The ledger is proved before anything is created (``Ledger/verify(_:trustedKey:)``: state against history,
    /// events against the signed head). The head must be signed by `trustedKey` when given, else by the
    /// workspace's own key when it has one (`CLAIMDESK_SIGNING_KEY`, or the key file of an existing workspace).
    /// When anything fails, the database file and the folders this import created are removed again.
    ///
    /// - Throws: ``LedgerError`` for a ledger that does not prove; ``ClaimDeskError`` `.refused` for a workspace that
    ///   is not empty, `.tampered` when the database disagrees, `.database` when it fails.
    public static func importLedger(
        folder: String,
        into workspace: Workspace,
        trustedKey: String? = nil,
        actor: String,
        logger: Logger? = nil
    ) async throws -> ImportSummary {
        let existed = workspace.exists
        if existed { try await workspace.open().refuseImportIfNotEmpty() }
        let pinned = try trustedKey ?? workspace.signingKey()?.publicHex
        let verified = try Ledger.verify(readLedgerFiles(folder: folder), trustedKey: pinned)
        // The folders this import creates: the workspace's, and every missing folder above the root.
        var created = [workspace.claimsDirectory, workspace.reportsDirectory]
        var folder = workspace.root
        while !folder.isEmpty, folder != "/", folder != "." {
            created.insert(folder, at: 0)
            folder = (folder as NSString).deletingLastPathComponent
        }
        created = created.filter { !FileManager.default.fileExists(atPath: $0) }
        let hadKey = FileManager.default.fileExists(atPath: workspace.keyPath)
        do {
            let service = try create(workspace, actor: actor, logger: logger).service
            try await service.store.importLedger(verified.contents)
        } catch {
            if !existed {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: workspace.databasePath + suffix) }
                if !hadKey { try? FileManager.default.removeItem(atPath: workspace.keyPath) }
                for folder in created.reversed() { try? FileManager.default.removeItem(atPath: folder) }
            }
            throw error
        }
        let contents = verified.contents
        return ImportSummary(
            documents: contents.files.count,
            claims: contents.files.map(\.claims.count).reduce(0, +),
            head: verified.head,
            isSigned: verified.isSigned
        )
    }

    /// Rebuilds this (new or empty) workspace from ledger contents already read, in one transaction, ids kept.
    public func importLedger(_ contents: LedgerContents) async throws(ClaimDeskError) -> ImportSummary {
        try await store.importLedger(contents)
        return ImportSummary(
            documents: contents.files.count,
            claims: contents.files.map(\.claims.count).reduce(0, +),
            head: try await store.storedHead(),
            isSigned: contents.workspace.head != nil
        )
    }
}
