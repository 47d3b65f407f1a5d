import ClaimDeskFetch
public import ClaimDeskModel
import ClaimDeskStore
import Foundation
public import Logging

/// Every user-level action on a workspace, one async method each; the CLI and the web server call only this.
///
/// A service holds the open workspace, who is acting, the clock and a logger. Each writing method is one
/// transaction of the store (one user action, one commit), and records its history events inside it. Methods
/// throw ``ClaimDeskError`` with a code, a subject and a default message worded for the command line.
///
/// ## Topics
/// - ``open(_:actor:clock:logger:)``
/// - ``create(_:actor:clock:logger:)``
public struct ClaimDeskService: Sendable {
    /// The workspace: database, ledger and reports folders.
    public let workspace: Workspace
    /// Who acts (recorded in every event).
    public var actor: String
    /// Where times come from.
    public var clock: ServiceClock
    /// Where progress and timings go.
    public var logger: Logger
    /// The store.
    let store: ClaimStore
    /// Makes the fetcher each fetch worker uses (a loopback or fake one in tests).
    var makeFetcher: @Sendable () -> any Fetcher
    /// The bcrypt cost (log2 of its rounds) of new team-mode passwords; 12 unless a test lowers it (4 at least).
    public var passwordCost: UInt8 = 12

    init(workspace: Workspace, store: ClaimStore, actor: String, clock: ServiceClock, logger: Logger?) {
        self.workspace = workspace
        self.store = store
        self.actor = actor
        self.clock = clock
        self.logger = logger ?? Logger(label: "claimdesk", factory: { _ in SwiftLogNoOpLogHandler() })
        self.makeFetcher = { CurlFetcher() }
    }

    /// Opens an existing workspace, to read and write (its schema migrated when needed) or to read only.
    ///
    /// A read-only service never writes to the database (no migration, no journal change; reads are snapshots
    /// that do not wait for a writer); its writing methods fail.
    ///
    /// - Throws: ``ClaimDeskError`` `.noWorkspace` when there is no database, saying how to create one;
    ///   `.refused` for a database that is not ClaimDesk's, or (read-only) whose schema is not current.
    public static func open(
        _ workspace: Workspace,
        actor: String,
        clock: ServiceClock = .system,
        logger: Logger? = nil,
        readOnly: Bool = false
    ) throws(ClaimDeskError) -> ClaimDeskService {
        let store = try workspace.open(access: readOnly ? .readOnly : .readWrite)
        return ClaimDeskService(workspace: workspace, store: store, actor: actor, clock: clock, logger: logger)
    }

    /// Creates the workspace's folders and database (idempotent) and opens it.
    ///
    /// - Returns: the service, and whether the database was newly created.
    public static func create(
        _ workspace: Workspace,
        actor: String,
        clock: ServiceClock = .system,
        logger: Logger? = nil
    ) throws(ClaimDeskError) -> (service: ClaimDeskService, created: Bool) {
        let (store, created) = try workspace.create()
        return (
            ClaimDeskService(workspace: workspace, store: store, actor: actor, clock: clock, logger: logger), created
        )
    }

    /// A service over an in-memory store, for tests; its folders (archive, reports, ledger) are in a fresh
    /// temporary folder.
    static func inMemory(
        actor: String = "tester",
        clock: ServiceClock = .fixed("2026-03-10T09:00:00Z")
    ) throws
        -> ClaimDeskService
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-\(UUID().uuidString)")
        return ClaimDeskService(
            workspace: Workspace(databasePath: folder.appendingPathComponent("claimdesk.sqlite").path),
            store: try ClaimStore.inMemory(),
            actor: actor,
            clock: clock,
            logger: nil
        )
    }

    /// Who acts and when, for a write that records history.
    var context: ReviewContext { ReviewContext(actor: actor, now: clock.now()) }
}
