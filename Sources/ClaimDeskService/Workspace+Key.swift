public import ClaimDeskModel
import Foundation

extension Workspace {
    /// The file that holds the workspace's private signing key: next to the database, `<database>.key`, mode
    /// 0600, git-ignored (`*.sqlite.key`), never in the ledger.
    public var keyPath: String { databasePath + ".key" }

    /// The workspace's signing key: `CLAIMDESK_SIGNING_KEY` when set, else the key file.
    ///
    /// - Parameter creating: create the key file (a new random key, mode 0600) when there is none.
    /// - Returns: the key, or nil when there is none and `creating` is false.
    /// - Throws: ``ClaimDeskError`` `.badInput` for a malformed key, `.database` when the file cannot be written.
    public func signingKey(creating: Bool = false) throws(ClaimDeskError) -> WorkspaceKey? {
        if let signingKeyHex {
            guard let key = WorkspaceKey(hex: signingKeyHex) else {
                throw ClaimDeskError(.badInput, "CLAIMDESK_SIGNING_KEY is not a key: give 64 hex digits (32 bytes)")
            }
            return key
        }
        if let data = FileManager.default.contents(atPath: keyPath) {
            guard let key = WorkspaceKey(hex: String(decoding: data, as: UTF8.self)) else {
                throw ClaimDeskError(
                    .badInput,
                    "\(keyPath) does not hold a signing key (64 hex digits)",
                    subject: keyPath
                )
            }
            return key
        }
        guard creating, databasePath != ":memory:" else { return nil }
        let key = WorkspaceKey()
        // Created empty with mode 0600, then written: the key is never readable by others.
        guard FileManager.default.createFile(atPath: keyPath, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: keyPath)
        else {
            throw ClaimDeskError(.database, "cannot create the signing key file \(keyPath)", subject: keyPath)
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data((key.privateHex + "\n").utf8))
        } catch {
            throw ClaimDeskError(.database, "cannot write \(keyPath): \(error.localizedDescription)", subject: keyPath)
        }
        return key
    }
}
