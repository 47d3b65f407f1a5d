public import ClaimDeskModel
public import ClaimDeskText
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

    /// Wraps a connection and migrates its schema.
    ///
    /// - Throws: ``StoreError`` when the schema cannot be migrated.
    public init(_ writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        do {
            try Self.migrator.migrate(writer)
        } catch {
            throw StoreError(.database, "cannot prepare the database schema: \(error)")
        }
    }

    /// Opens (creating if needed) the database file at `path`, in WAL mode with a busy timeout.
    ///
    /// - Parameters:
    ///   - path: the database file.
    ///   - busyTimeout: how long a write waits for another process's transaction, in seconds.
    public static func open(path: String, busyTimeout: Double = 30) throws(StoreError) -> ClaimStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = .wal
        configuration.foreignKeysEnabled = true
        // In WAL mode, NORMAL never corrupts the database; a power cut may lose the last commits only.
        // A larger page cache and memory-mapped reads keep bulk ingest off the read() system call.
        configuration.prepareDatabase { db in
            try db.execute(
                sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456"
            )
        }
        do {
            return try ClaimStore(DatabasePool(path: path, configuration: configuration))
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
