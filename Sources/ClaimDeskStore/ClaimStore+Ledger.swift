public import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// The whole workspace as ledger content: one ``LedgerFile`` per document (every claim first found in it,
    /// merged ones included, with occurrences, sources, captures, the links it owns and its events) and the
    /// workspace part (settings, and the events and captures that belong to no document).
    ///
    /// Everything the database holds goes into one of them, so ``importLedger(_:)`` can rebuild it exactly.
    public func ledger() async throws(StoreError) -> (files: [LedgerFile], workspace: LedgerWorkspace) {
        try await read { db in
            let documents = try Document.order(Column("id")).fetchAll(db)
            let claims = try Claim.order(Column("id")).fetchAll(db)
            let occurrences = Dictionary(grouping: try Occurrence.order(Column("id")).fetchAll(db), by: \.claimId)
            let links = Dictionary(grouping: try ClaimLink.order(Column("id")).fetchAll(db), by: \.claimId)
            let sources = Dictionary(grouping: try Source.order(Column("id")).fetchAll(db), by: \.claimId)
            let captures = try Capture.order(Column("id")).fetchAll(db)
            let sourceCaptures = Dictionary(grouping: captures.filter { $0.sourceId != nil }, by: { $0.sourceId ?? 0 })
            let events = try Event.order(Column("id")).fetchAll(db)
            let claimIds = Set(claims.compactMap(\.id))
            let documentIds = Set(documents.compactMap(\.id))
            let claimEvents = Dictionary(
                grouping: events.filter { $0.claimId.map(claimIds.contains) ?? false },
                by: { $0.claimId ?? 0 }
            )
            let documentEvents = Dictionary(
                grouping: events.filter { $0.claimId == nil && ($0.documentId.map(documentIds.contains) ?? false) },
                by: { $0.documentId ?? 0 }
            )
            let claimsByDocument = Dictionary(grouping: claims, by: \.documentId)
            let documentCaptureIds = Set(documents.compactMap(\.captureId))

            let files = documents.map { document in
                let id = document.id ?? 0
                let details = (claimsByDocument[id] ?? []).map { claim in
                    let claimId = claim.id ?? 0
                    return ClaimDetail(
                        claim: claim,
                        occurrences: occurrences[claimId] ?? [],
                        sources: (sources[claimId] ?? []).map {
                            SourceDetail(source: $0, captures: sourceCaptures[$0.id ?? 0] ?? [])
                        },
                        events: claimEvents[claimId] ?? [],
                        links: links[claimId] ?? []
                    )
                }
                return LedgerFile(
                    document: document,
                    captures: captures.filter { $0.sourceId == nil && $0.id == document.captureId },
                    events: documentEvents[id] ?? [],
                    claims: details
                ).canonical
            }
            let orphanEvents = events.filter { event in
                if let claimId = event.claimId { return !claimIds.contains(claimId) }
                return !(event.documentId.map(documentIds.contains) ?? false)
            }
            let orphanCaptures = captures.filter { $0.sourceId == nil && !documentCaptureIds.contains($0.id ?? -1) }
            let settings = try Row.fetchAll(db, sql: "SELECT key, value FROM setting ORDER BY key")
            return (
                files,
                LedgerWorkspace(
                    settings: Dictionary(uniqueKeysWithValues: settings.map { ($0["key"], $0["value"]) }),
                    events: orphanEvents,
                    captures: orphanCaptures
                )
            )
        }
    }

    /// Rebuilds an empty workspace from a ledger, in one transaction, keeping every id.
    ///
    /// - Parameter contents: a ledger read by ``Ledger/read(_:)``.
    /// - Throws: ``StoreError`` `.refused` when the workspace already holds documents, claims or events;
    ///   `.tampered` when the ledger's events do not form one hash chain; `.database` when a record cannot be
    ///   inserted. Nothing is written then.
    public func importLedger(_ contents: LedgerContents) async throws(StoreError) {
        let events = contents.events
        if let broken = EventChain.verify(events) {
            throw StoreError(.tampered, "the ledger's history does not verify: \(broken)")
        }
        if let disagreement = HistoryReplay.check(contents) {
            throw StoreError(.tampered, "the ledger disagrees with its history: \(disagreement)")
        }
        let chained = LedgerHead(events: events)
        let head: LedgerHead
        if let signed = contents.workspace.head, signed.count == chained.count, signed.hash == chained.hash,
            signed.isValidlySigned
        {
            head = signed
        } else {
            head = chained
        }
        try await write { db in
            try Self.refuseNonEmpty(db)
            // Claims can be merged into later claims, and documents replaced by later ones: check references
            // when the transaction commits, once every record is in.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let files = contents.files.sorted { ($0.document.id ?? 0) < ($1.document.id ?? 0) }
            for file in files {
                var document = file.document
                try document.insert(db)
            }
            for capture in files.flatMap(\.captures) + contents.workspace.captures {
                var capture = capture
                try capture.insert(db)
            }
            let claims = files.flatMap(\.claims)
            for detail in claims {
                var claim = detail.claim
                try claim.insert(db)
                try insertKeys(for: claim, in: db)
                for occurrence in detail.occurrences {
                    var occurrence = occurrence
                    try occurrence.insert(db)
                }
                for source in detail.sources {
                    var record = source.source
                    try record.insert(db)
                    for capture in source.captures {
                        var capture = capture
                        try capture.insert(db)
                    }
                }
            }
            for link in claims.flatMap(\.links) {
                var link = link
                try link.insert(db)
            }
            for event in events {
                var event = event
                try event.insert(db)
            }
            try db.execute(
                sql: """
                    INSERT INTO head(id, count, hash, publicKey, signature) VALUES (1, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET count = excluded.count, hash = excluded.hash,
                        publicKey = excluded.publicKey, signature = excluded.signature
                    """,
                arguments: [head.count, head.hash, head.publicKey, head.signature]
            )
            for (key, value) in contents.workspace.settings.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql:
                        "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [key, value]
                )
            }
        }
    }

    /// Refuses, before anything is read, an import into a workspace that already holds records.
    ///
    /// - Throws: ``StoreError`` `.refused` naming what the workspace holds.
    public func refuseImportIfNotEmpty() async throws(StoreError) {
        try await read { db in try Self.refuseNonEmpty(db) }
    }

    private static func refuseNonEmpty(_ db: Database) throws {
        for table in ["document", "claim", "event", "source", "capture"] {
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            if count > 0 {
                throw StoreError(
                    .refused,
                    "the workspace is not empty (\(count) row(s) in \(table)); import into a fresh workspace "
                        + "(`claimdesk init --db new.sqlite`)"
                )
            }
        }
    }
}
