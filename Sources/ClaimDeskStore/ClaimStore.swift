public import ClaimDeskModel
import ClaimDeskText
import Foundation
public import GRDB

/// The workspace database: documents, claims, occurrences, sources, captures and the history.
///
/// Every write method is one transaction (BEGIN IMMEDIATE, so concurrent writers queue behind the busy timeout
/// instead of failing), and appends its history events to the hash chain inside that same transaction.
///
/// ## Topics
/// - ``open(path:)``
/// - ``inMemory()``
/// - ``ingest(_:)``
public struct ClaimStore: Sendable {
    /// The database connection.
    public let writer: any DatabaseWriter

    /// How a store is opened: to read and write (the schema is migrated first), or to read only (nothing is ever
    /// written; the schema must be current).
    public enum Access: Sendable, Hashable {
        /// Commands that record something.
        case readWrite
        /// Commands that only show or export.
        case readOnly
    }

    /// Wraps a connection and migrates its schema.
    ///
    /// - Throws: ``StoreError`` `.refused` for a database that is not ClaimDesk's (tables but none of our
    ///   migrations): nothing is written to it; `.database` when the schema cannot be migrated.
    public init(_ writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        do {
            if try writer.read({ db in try Self.isForeign(db) }) { throw Self.foreign(writer.path) }
            try Self.migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "cannot prepare the database schema: \(error)", cause: error)
        }
    }

    /// Wraps a connection that is only read: checks that it is a current ClaimDesk database, migrates nothing.
    init(readOnly reader: any DatabaseWriter) throws(StoreError) {
        self.writer = reader
        let state: (foreign: Bool, current: Bool)
        do {
            state = try reader.read { db in
                (try Self.isForeign(db), try Self.migrator.hasCompletedMigrations(db))
            }
        } catch {
            throw Self.wrap(error, path: reader.path)
        }
        if state.foreign { throw Self.foreign(reader.path) }
        guard state.current else {
            throw StoreError(
                .refused,
                "the database \(reader.path) was written by an older ClaimDesk and needs its schema updated; "
                    + "run `claimdesk migrate` (or any command that records something) first",
                subject: reader.path
            )
        }
    }

    /// Whether `db` holds tables but none of ClaimDesk's migrations: someone else's SQLite file.
    static func isForeign(_ db: Database) throws -> Bool {
        let tables = try String.fetchAll(
            db,
            sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        guard !tables.isEmpty else { return false }
        guard tables.contains("grdb_migrations") else { return true }
        return try !Self.migrator.completedMigrations(db).contains("v1-core")
    }

    static func foreign(_ path: String) -> StoreError {
        StoreError(
            .refused,
            "\(path) is an SQLite database but not a ClaimDesk workspace; nothing was written to it. "
                + "Point --db at a workspace database, or run `claimdesk init` with a new path",
            subject: path
        )
    }

    /// Opens (creating if needed) the database file at `path`, in WAL mode with a busy timeout.
    ///
    /// - Parameters:
    ///   - path: the database file.
    ///   - busyTimeout: how long a write waits for another process's transaction, in seconds.
    ///   - access: read-only opens without migrating and never writes (reads are WAL snapshots).
    public static func open(
        path: String,
        busyTimeout: Double = 30,
        access: Access = .readWrite
    ) throws(StoreError) -> ClaimStore {
        var configuration = Configuration()
        configuration.readonly = access == .readOnly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = .wal
        configuration.foreignKeysEnabled = true
        // In WAL mode, NORMAL never corrupts the database; a power cut may lose the last commits only.
        // A larger page cache and memory-mapped reads keep bulk ingest off the read() system call.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456")
            // The rollback copies of savepoints and statements (SQLite's sub-journal) stay in memory. On a temporary
            // file, every document of a bulk ingest wrote each page it first touched there, one system call a page
            // (about 2 MB a document at 10 000 articles). Only the writer has them.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY")
            }
        }
        do {
            // Someone else's database is refused before anything touches it (a pool would switch it to WAL).
            if FileManager.default.fileExists(atPath: path) {
                var inspect = Configuration()
                inspect.readonly = true
                inspect.busyMode = .timeout(busyTimeout)
                let queue = try DatabaseQueue(path: path, configuration: inspect)
                let foreign = try queue.read { db in try Self.isForeign(db) }
                try queue.close()
                if foreign { throw Self.foreign(path) }
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            return access == .readOnly ? try ClaimStore(readOnly: pool) : try ClaimStore(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            if let databaseError = error as? DatabaseError, databaseError.resultCode == .SQLITE_NOTADB {
                throw StoreError(
                    .database,
                    "\(path) is not a ClaimDesk database (not SQLite); point --db at a workspace database"
                )
            }
            throw Self.wrap(error, path: path)
        }
    }

    /// A fresh in-memory store, for tests.
    public static func inMemory() throws(StoreError) -> ClaimStore {
        do {
            return try ClaimStore(DatabaseQueue())
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "cannot create an in-memory database: \(error)")
        }
    }

    /// Runs `body` in one IMMEDIATE transaction: all of it is written, or nothing.
    ///
    /// The write runs on GRDB's writer queue, off Swift's cooperative pool, so a handler waiting for the
    /// busy timeout never blocks other tasks.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError(.database, "transaction returned no result") }
                return result
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.wrap(error, path: writer.path)
        }
    }

    /// Runs `body` as a read: on a ``DatabasePool``, a snapshot that never waits behind a writer.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.wrap(error)
        }
    }

    static func wrap(_ error: any Error, path: String? = nil) -> StoreError {
        if let databaseError = error as? DatabaseError,
            databaseError.resultCode == .SQLITE_BUSY || databaseError.resultCode == .SQLITE_LOCKED
        {
            return StoreError(
                .locked,
                "the database\(path.map { " " + $0 } ?? "") is locked by another process; nothing was written. "
                    + "Retry when the other command is done (CLAIMDESK_BUSY_TIMEOUT sets how many seconds to wait)"
            )
        }
        return StoreError(.database, "database error\(path.map { " on " + $0 } ?? ""): \(explain(error))")
    }

    static func explain(_ error: any Error) -> String {
        if let databaseError = error as? DatabaseError {
            return databaseError.message ?? "\(databaseError)"
        }
        return "\(error)"
    }

    /// Appends events to the hash chain inside the current transaction, and moves the head.
    func append(_ events: [Event], in db: Database) throws -> [Event] {
        var previous = try String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id DESC LIMIT 1")
        var written: [Event] = []
        for event in events {
            var chained = EventChain.chain(event, after: previous)
            try insertRow(&chained, in: db)
            previous = chained.hash
            written.append(chained)
        }
        if let last = written.last {
            try db.execute(
                sql: """
                    INSERT INTO head(id, count, hash) VALUES (1, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET count = count + excluded.count, hash = excluded.hash,
                        publicKey = NULL, signature = NULL
                    """,
                arguments: [written.count, last.hash]
            )
        }
        return written
    }

    /// The head the database recorded (event count and last hash), moved by every append.
    public func storedHead() async throws(StoreError) -> LedgerHead {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT count, hash, publicKey, signature FROM head WHERE id = 1")
            else { return LedgerHead(count: 0, hash: EventChain.genesis) }
            return LedgerHead(count: row["count"], hash: row["hash"], publicKey: row["publicKey"], signature: row["signature"])
        }
    }

    /// Keeps the signature of the current head (from an export, or the ledger an import read), so that the same
    /// head is published with the same signature until the history moves on.
    ///
    /// - Returns: whether the head was still `head` (else nothing is stored: the history moved meanwhile).
    @discardableResult
    public func recordSignature(of head: LedgerHead) async throws(StoreError) -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE head SET publicKey = ?, signature = ? WHERE id = 1 AND count = ? AND hash = ?",
                arguments: [head.publicKey, head.signature, head.count, head.hash]
            )
            return db.changesCount > 0
        }
    }

    /// Reads a workspace setting.
    public func setting(_ key: String) async throws(StoreError) -> String? {
        try await read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    /// Writes a workspace setting (organisation name, URL…).
    public func setSetting(_ key: String, to value: String) async throws(StoreError) {
        try await write { db in
            try db.execute(
                sql:
                    "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [key, value]
            )
        }
    }
}
