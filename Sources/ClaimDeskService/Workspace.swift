public import ClaimDeskModel
import ClaimDeskText
import ClaimDeskExtraction
public import ClaimDeskStore
import ClaimDeskFetch
import ClaimDeskReport
import Foundation

/// A ClaimDesk workspace: a folder with the database, the `Claims/` ledger and the `Reports/` folder.
///
/// The database path comes from `--db`, else `CLAIMDESK_DB`, else `./claimdesk.sqlite`; the ledger and reports
/// folders sit next to the database.
public struct Workspace: Sendable {
    /// The database file.
    public var databasePath: String
    /// How long a write waits for another process's transaction, in seconds (`CLAIMDESK_BUSY_TIMEOUT`).
    public var busyTimeout: Double = 30
    /// The signing key's private value as hex, when given by `CLAIMDESK_SIGNING_KEY` (a demo or CI key); else the
    /// key file next to the database (``keyPath``) holds it.
    public var signingKeyHex: String?

    /// The default database file name.
    public static let defaultDatabaseName = "claimdesk.sqlite"

    /// Creates a workspace around a database path.
    public init(databasePath: String) {
        self.databasePath = databasePath
    }

    /// Resolves the database path from an option, the environment, or the default.
    public static func resolve(option: String?, environment: [String: String]) -> Workspace {
        var workspace = Workspace(databasePath: defaultDatabaseName)
        if let option, !option.isEmpty {
            workspace.databasePath = option
        } else if let variable = environment["CLAIMDESK_DB"], !variable.isEmpty {
            workspace.databasePath = variable
        }
        if let timeout = environment["CLAIMDESK_BUSY_TIMEOUT"].flatMap(Double.init), timeout >= 0 {
            workspace.busyTimeout = timeout
        }
        if let key = environment["CLAIMDESK_SIGNING_KEY"], !key.isEmpty { workspace.signingKeyHex = key }
        return workspace
    }

    /// The folder that holds the database, `Claims/` and `Reports/`.
    public var root: String {
        let parent = (databasePath as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// The ledger folder.
    public var claimsDirectory: String { (root as NSString).appendingPathComponent("Claims") }
    /// The reports folder.
    public var reportsDirectory: String { (root as NSString).appendingPathComponent("Reports") }
    /// The folder of WARC captures.
    public var archiveDirectory: String { (claimsDirectory as NSString).appendingPathComponent("archive") }

    /// Whether the database exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// Creates the folders and the database (idempotent).
    ///
    /// - Returns: the store, and whether the database was newly created.
    public func create() throws(StoreError) -> (store: ClaimStore, created: Bool) {
        let created = !exists
        for folder in [root, claimsDirectory, reportsDirectory] {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError(.database, "cannot create the folder \(folder): \(error.localizedDescription)")
            }
        }
        let store = try ClaimStore.open(path: databasePath, busyTimeout: busyTimeout)
        _ = try signingKey(creating: true)
        return (store, created)
    }

    /// Opens the existing database.
    ///
    /// - Throws: ``StoreError`` with code `.noWorkspace` when there is none, saying how to create one.
    public func open(access: ClaimStore.Access = .readWrite) throws(StoreError) -> ClaimStore {
        guard exists else {
            throw StoreError(
                .noWorkspace,
                "no ClaimDesk workspace here: \(databasePath) does not exist; run `claimdesk init` to create one, "
                    + "or point --db / CLAIMDESK_DB at an existing database"
            )
        }
        return try ClaimStore.open(path: databasePath, busyTimeout: busyTimeout, access: access)
    }
}
