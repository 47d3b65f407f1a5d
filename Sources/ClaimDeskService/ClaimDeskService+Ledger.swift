public import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskStore
public import Foundation

extension ClaimDeskService {
    /// Writes the ledger to `folder` (default `Claims/` next to the database): one file per document and
    /// `_workspace.json` with the signed head and the list of files this export wrote.
    ///
    /// An export only ever replaces or removes files it wrote: the ones the previous export listed in
    /// `_workspace.json`. Unchanged files are left alone, other files (a `package.json`) are kept, and a symbolic
    /// link among its files is refused rather than followed out of the folder.
    ///
    /// - Throws: ``ClaimDeskError`` `.refused` for a folder that is not empty and holds no ledger (a foreign
    ///   folder), or a ledger file that is a symbolic link; `.database` when a file cannot be written.
    public func exportLedger(to folder: String? = nil) async throws(ClaimDeskError) -> LedgerExport {
        let folder = folder ?? workspace.claimsDirectory
        let (files, documents) = try await ledgerContents()
        let previous = try LedgerFolder(path: folder).ownFiles()
        try createFolder(folder)
        var changes: [WrittenFile] = []
        for name in files.keys.sorted() {
            try LedgerFolder.refuseLink((folder as NSString).appendingPathComponent(name))
        }
        for name in previous.sorted() where files[name] == nil {
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            try LedgerFolder.refuseLink(path)
            do {
                try FileManager.default.removeItem(atPath: path)
            } catch {
                throw ClaimDeskError(.database, "cannot remove \(path): \(error.localizedDescription)", subject: path)
            }
            changes.append(WrittenFile(path: path, change: .removed))
        }
        for name in files.keys.sorted() {
            let path = (folder as NSString).appendingPathComponent(name)
            let data = files[name] ?? Data()
            if FileManager.default.contents(atPath: path) == data { continue }
            try write(data, to: path)
            changes.append(WrittenFile(path: path, change: .wrote))
        }
        return LedgerExport(
            folder: folder,
            files: changes,
            documents: documents.count,
            claims: documents.map(\.claims.count).reduce(0, +)
        )
    }

    /// The ledger's files as `export` would write them (file name → bytes), the head signed; nothing is written
    /// to the folder (the web UI's downloads).
    public func ledgerFiles() async throws(ClaimDeskError) -> [String: Data] {
        try await ledgerContents().files
    }

    /// The ledger's encoded files and the documents they hold.
    private func ledgerContents() async throws(ClaimDeskError) -> (files: [String: Data], documents: [LedgerFile]) {
        var (documents, settings) = try await store.ledger()
        let events = LedgerContents(files: documents, workspace: settings).events
        settings.head = try await signedHead(of: LedgerHead(events: events))
        do {
            return (try Ledger.export(documents, workspace: settings), documents)
        } catch {
            throw ClaimDeskError(.database, "cannot encode the ledger: \(error)", cause: error)
        }
    }

    /// The history's head, signed: with the signature already recorded for it (an import's, or an earlier
    /// export's), else with the workspace key (created when there is none). What `claimdesk audit head` prints.
    ///
    /// - Parameter head: the head to sign (default: the one the database records).
    /// - Throws: ``ClaimDeskError`` when the key cannot be read or created, or the database fails.
    public func signedHead(of head: LedgerHead? = nil) async throws(ClaimDeskError) -> LedgerHead {
        let stored = try await store.storedHead()
        let head = head ?? stored
        if stored.count == head.count, stored.hash == head.hash, stored.isValidlySigned { return stored }
        guard let key = try workspace.signingKey(creating: true) else { return head }
        let signed = key.sign(LedgerHead(count: head.count, hash: head.hash))
        try await store.recordSignature(of: signed)
        return signed
    }
}

/// A ledger folder as an export finds it: which files are its own.
struct LedgerFolder {
    var path: String

    /// The files the previous export wrote (its `_workspace.json` list); empty for a missing or empty folder.
    ///
    /// - Throws: ``ClaimDeskError`` `.refused` for a folder with other content and no ledger of ours.
    func ownFiles() throws(ClaimDeskError) -> Set<String> {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: path) else { return [] }
        let workspacePath = (path as NSString).appendingPathComponent(Ledger.workspaceFileName)
        try Self.refuseLink(workspacePath)
        guard let data = manager.contents(atPath: workspacePath) else {
            // Only an empty folder (or one holding the URL captures' archive) becomes a ledger.
            let foreign = names.filter { !$0.hasPrefix(".") && $0 != "archive" }
            guard foreign.isEmpty else {
                throw ClaimDeskError(
                    .refused,
                    "\(path) is not empty and holds no ClaimDesk ledger (\(foreign.sorted().prefix(3).joined(separator: ", "))…"
                        + "); export the ledger into an empty folder or an earlier ledger",
                    subject: path
                )
            }
            return []
        }
        // A format 1 ledger did not list its files: none of them is removed (documents are never deleted, and
        // format 1 slugs are kept), so nothing but what it rewrites is touched.
        let listed = (try? JSONDecoder().decode(LedgerWorkspace.self, from: data))?.files
        return Set(listed ?? []).union([Ledger.workspaceFileName])
    }

    /// Refuses a path that is a symbolic link (an export never writes through one).
    static func refuseLink(_ path: String) throws(ClaimDeskError) {
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
            throw ClaimDeskError(
                .refused,
                "\(path) is a symbolic link; the ledger writes only regular files inside its folder",
                subject: path
            )
        }
    }
}
