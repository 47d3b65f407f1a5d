public import ClaimDeskModel
public import Foundation

/// A ledger that was read and proved: its content, and who signed its head.
public struct VerifiedLedger: Sendable, Hashable {
    /// The documents and the workspace part.
    public var contents: LedgerContents
    /// The head its events end at, with the signature when the ledger is signed.
    public var head: LedgerHead
    /// Whether the head is signed (format 2); format 1 ledgers are not.
    public var isSigned: Bool
}

extension Ledger {
    /// Reads a ledger folder's files (``read(_:)``) and proves them: every document, claim, source, capture and
    /// link is what its history says (``HistoryReplay``), and the events end at the head signed in
    /// `_workspace.json`.
    ///
    /// - Parameters:
    ///   - files: file name or path → content, for every `*.json` file of the folder.
    ///   - trustedKey: the public key (hex) the head must be signed with, when the reader knows it (the
    ///     workspace's own key, or one given with `--trusted-key`); nil accepts any valid signature.
    /// - Returns: the content and its head.
    /// - Throws: ``LedgerError`` with the file, `line:column`, the JSON path and the event for the first value
    ///   that disagrees with the history; `.chain` when the head is missing, badly signed, signed by another key
    ///   than `trustedKey`, or not where the events end (events dropped, or the chain recomputed).
    public static func verify(_ files: [String: Data], trustedKey: String?) throws(LedgerError) -> VerifiedLedger {
        let contents = try read(files)
        let documentNames = files.keys.sorted().filter { !isWorkspaceFile($0) }
        let workspaceName = files.keys.first(where: isWorkspaceFile) ?? workspaceFileName
        func located(_ name: String, path: String, _ code: LedgerError.Code, _ reason: String) -> LedgerError {
            let bytes = [UInt8](files[name] ?? Data())
            guard let locator = try? locate(bytes, file: name) else {
                return LedgerError(code, file: name, path: path, reason: reason)
            }
            return LedgerValidator(file: name, bytes: bytes, locator: locator).error(code, path: path, reason)
        }
        if let found = HistoryReplay.check(contents) {
            let name = found.file.map { documentNames[$0] } ?? workspaceName
            let event = found.eventId.map { " (history: e\($0))" } ?? ""
            throw located(name, path: found.path, .inconsistent, found.reason + event)
        }
        let actual = LedgerHead(events: contents.events)
        let formats = contents.files.map(\.format) + (files[workspaceName] == nil ? [] : [contents.workspace.format])
        guard let head = contents.workspace.head else {
            if formats.allSatisfy({ $0 < 2 }) {
                return VerifiedLedger(contents: contents, head: actual, isSigned: false)
            }
            let reason =
                files[workspaceName] == nil
                ? "the ledger has no \(workspaceFileName), which carries its signed head: the file was removed"
                : "a format 2 ledger must carry the signed head of its history"
            throw located(workspaceName, path: "head", .chain, reason)
        }
        guard head.isValidlySigned else {
            throw located(
                workspaceName,
                path: "head.signature",
                .chain,
                "the head's signature does not verify with its public key"
            )
        }
        if let trustedKey, head.publicKey?.lowercased() != trustedKey.lowercased() {
            throw located(
                workspaceName,
                path: "head.publicKey",
                .chain,
                "the head is signed by key \(head.publicKey ?? "?"), not by the trusted key \(trustedKey)"
            )
        }
        guard head.count == actual.count, head.hash == actual.hash else {
            throw located(
                workspaceName,
                path: "head",
                .chain,
                "the signed head is event \(head.count) with hash \(head.hash), but the ledger's events end at event "
                    + "\(actual.count) with hash \(actual.hash): events or files were removed, or the chain was recomputed"
            )
        }
        return VerifiedLedger(contents: contents, head: head, isSigned: true)
    }
}
