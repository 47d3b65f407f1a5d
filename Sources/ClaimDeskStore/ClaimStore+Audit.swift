public import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// Checks the database file and everything in it: SQLite's `PRAGMA integrity_check` (pages, indexes) and
    /// `PRAGMA foreign_key_check`, the hash chain, the recorded head (the events must end at it), and every stored
    /// row against the history (``HistoryReplay``: a row changed with the `sqlite3` shell is caught).
    ///
    /// - Returns: each check's result; the caller decides how to report a failure.
    /// - Throws: ``StoreError`` only when the database cannot be read at all.
    public func audit() async throws(StoreError) -> DatabaseAudit {
        // Each check runs on its own, so a damaged file still says which check failed.
        var checks: [DatabaseAudit.Check] = []
        do {
            let integrity = try await read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            let failure = integrity == ["ok"] ? nil : integrity.prefix(5).joined(separator: "; ")
            checks.append(DatabaseAudit.Check(name: "integrity_check", failure: failure))
        } catch {
            checks.append(DatabaseAudit.Check(name: "integrity_check", failure: "\(error.message)"))
        }
        do {
            let foreignKeys = try await read { db in
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").prefix(5).map { row in
                    "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) names a missing \(row[2] as String? ?? "?")"
                }
            }
            let failure = foreignKeys.isEmpty ? nil : foreignKeys.joined(separator: "; ")
            checks.append(DatabaseAudit.Check(name: "foreign_key_check", failure: failure))
        } catch {
            checks.append(DatabaseAudit.Check(name: "foreign_key_check", failure: "\(error.message)"))
        }
        let events: [Event]
        let head: LedgerHead
        do {
            events = try await allEvents()
            head = try await storedHead()
        } catch {
            checks.append(DatabaseAudit.Check(name: "hash chain", failure: "the history cannot be read: \(error)"))
            return DatabaseAudit(checks: checks, events: 0, head: LedgerHead(count: 0, hash: EventChain.genesis))
        }
        let chain = EventChain.verify(events)
        checks.append(DatabaseAudit.Check(name: "hash chain", failure: chain.map(\.description)))
        let actual = LedgerHead(events: events)
        checks.append(
            DatabaseAudit.Check(
                name: "head",
                failure: actual.count == head.count && actual.hash == head.hash
                    ? nil
                    : "the history has \(actual.count) events ending at \(actual.hash), but its head records "
                        + "\(head.count) ending at \(head.hash): events were deleted or added outside claimdesk"
            )
        )
        do {
            let (files, workspace) = try await ledger()
            let found = chain == nil ? HistoryReplay.check(LedgerContents(files: files, workspace: workspace)) : nil
            let failure = found.map { found in
                let owner = found.file.map { PublicID.format(files[$0].document.id ?? 0, as: .document) } ?? "workspace"
                return "\(owner) \(found)"
                    + (found.eventId.map { " (history: \(PublicID.format($0, as: .event)))" } ?? "")
            }
            checks.append(DatabaseAudit.Check(name: "state", failure: failure))
        } catch {
            checks.append(DatabaseAudit.Check(name: "state", failure: "the records cannot be read: \(error)"))
        }
        return DatabaseAudit(checks: checks, events: events.count, head: head)
    }
}
