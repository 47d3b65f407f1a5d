import ClaimDeskText
/// A whole ledger, as read from a folder: the documents' files and the workspace part.
public struct LedgerContents: Sendable, Hashable {
    /// The documents, in file-name order.
    public var files: [LedgerFile]
    /// The workspace part (empty when the folder has no `_workspace.json`).
    public var workspace: LedgerWorkspace

    /// Creates ledger contents.
    public init(files: [LedgerFile], workspace: LedgerWorkspace) {
        self.files = files
        self.workspace = workspace
    }

    /// Every event of the ledger, in id order.
    public var events: [Event] {
        (files.flatMap { $0.events + $0.claims.flatMap(\.events) } + workspace.events).sorted { ($0.id ?? 0) < ($1.id ?? 0) }
    }
}
