public import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// The newest ids of one kind of record, newest first (for shell completion).
    public func recentIds(of kind: PublicID.Kind, limit: Int) async throws(StoreError) -> [Int64] {
        let table =
            switch kind {
            case .document: "document"
            case .claim: "claim"
            case .source: "source"
            case .capture: "capture"
            case .event: "event"
            }
        return try await read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM \(table) ORDER BY id DESC LIMIT ?", arguments: [limit])
        }
    }

    /// The newest document ingested from `origin` (a path or URL), or nil.
    public func latestDocument(origin: String) async throws(StoreError) -> Document? {
        try await read { db in
            try Document.filter(Column("origin") == origin).order(Column("id").desc).fetchOne(db)
        }
    }

    /// Every document, oldest first.
    public func documents() async throws(StoreError) -> [Document] {
        try await read { db in try Document.order(Column("id")).fetchAll(db) }
    }

    /// The document with `id`.
    ///
    /// - Throws: ``StoreError`` with code `.notFound` when there is none.
    public func document(id: Int64) async throws(StoreError) -> Document {
        let found = try await read { db in try Document.fetchOne(db, key: id) }
        guard let found else {
            throw .notFound("document \(PublicID.format(id, as: .document))", hint: "`claimdesk docs list` lists them")
        }
        return found
    }

    /// Number of claims per document id (merged claims excluded).
    public func claimCounts() async throws(StoreError) -> [Int64: Int] {
        try await read { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT documentId, COUNT(*) AS n FROM claim WHERE +mergedIntoId IS NULL GROUP BY documentId"
            )
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["documentId"] as Int64, $0["n"] as Int) })
        }
    }

    /// Number of claims first found in document `documentId` (merged claims excluded).
    public func claimCount(documentId: Int64) async throws(StoreError) -> Int {
        try await read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM claim WHERE documentId = ? AND +mergedIntoId IS NULL",
                arguments: [documentId]
            ) ?? 0
        }
    }

    /// The claims `filter` selects, with occurrences, sources (and captures) and links, ordered by id.
    public func claims(_ filter: ClaimFilter = ClaimFilter()) async throws(StoreError) -> [ClaimDetail] {
        try await read { db in
            let claims = try Self.request(filter).order(Column("id")).fetchAll(db)
            return try details(of: claims, withEvents: false, in: db)
        }
    }

    /// The claims `filter` selects, as ``claims(_:)`` gives them, handed to `body` a page at a time from one
    /// snapshot of the database: a listing of every claim of a large workspace never holds them all in memory.
    ///
    /// - Parameters:
    ///   - pageSize: how many claims each call of `body` gets at most.
    ///   - body: called with each page in id order (not called when nothing matches).
    public func claims(
        _ filter: ClaimFilter = ClaimFilter(),
        pageSize: Int,
        _ body: @escaping @Sendable ([ClaimDetail]) throws -> Void
    ) async throws(StoreError) {
        try await read { db in
            var after: Int64 = 0
            while true {
                let claims = try Self.request(filter).filter(Column("id") > after).order(Column("id"))
                    .limit(max(1, pageSize)).fetchAll(db)
                guard let last = claims.last?.id else { return }
                try body(try details(of: claims, withEvents: false, in: db))
                after = last
            }
        }
    }

    private static func request(_ filter: ClaimFilter) -> QueryInterfaceRequest<Claim> {
        var request = Claim.all()
        if let documentId = filter.documentId {
            request = request.filter(
                sql: "documentId = ? OR id IN (SELECT claimId FROM occurrence WHERE documentId = ?)",
                arguments: [documentId, documentId]
            )
        }
        if let status = filter.status { request = request.filter(Column("status") == status.rawValue) }
        if let type = filter.type { request = request.filter(Column("type") == type.rawValue) }
        // `+`: not through the claim_merged index.
        if !filter.includeMerged { request = request.filter(sql: "+mergedIntoId IS NULL") }
        return request
    }

    /// One claim with everything about it, history included.
    ///
    /// - Throws: ``StoreError`` with code `.notFound` when there is no such claim.
    public func claimDetail(id: Int64) async throws(StoreError) -> ClaimDetail {
        let found = try await read { db -> ClaimDetail? in
            guard let claim = try Claim.fetchOne(db, key: id) else { return nil }
            return try details(of: [claim], withEvents: true, in: db).first
        }
        guard let found else {
            throw .notFound("claim \(PublicID.format(id, as: .claim))", hint: "`claimdesk claims list` lists them")
        }
        return found
    }

    /// How many matches a search ranks at most: the newest ones, by claim id.
    ///
    /// Ranking every match of a common word costs time in proportion to the workspace (hundreds of milliseconds at
    /// millions of claims). A search ranks the newest matches up to this bound instead; below it, the results are
    /// those of ranking every match.
    public static let searchPool = 4000

    /// Full-text search over claim text, original text and speaker; case- and accent-insensitive, ranked.
    ///
    /// Any input is safe: it is turned into a pattern, and input with no searchable word finds nothing. Every word
    /// matches as a prefix ("budget" finds "budgets"). When the words as typed already match a full pool (at
    /// least `pool` claims), the pool is the newest of those: an exact word is the better match, and reading a
    /// prefix's every term costs time in proportion to the workspace. Otherwise the pool is the newest prefix
    /// matches, and with fewer than `pool` of them every match is ranked. The pool is ranked by ``SearchRank``
    /// (bm25 with every word weighing the same), then newest first.
    ///
    /// - Parameters:
    ///   - query: what the user typed.
    ///   - limit: the number of claims returned at most.
    ///   - pool: the number of newest matches ranked at most.
    public func search(
        _ query: String,
        limit: Int = 50,
        pool: Int = ClaimStore.searchPool
    ) async throws(StoreError) -> [ClaimDetail] {
        guard let prefixes = FTS5Pattern(matchingAllPrefixesIn: query) else { return [] }
        let words = FTS5Pattern(matchingAllTokensIn: query)
        let size = max(pool, limit)
        return try await read { db in
            try SearchRank.register(in: db)
            var pattern = prefixes
            if let words, try Self.matchCount(words, upTo: size, in: db) == size { pattern = words }
            // The first pass walks the matches newest first (FTS5's own rowid order, so it stops after `size` rows
            // and ranks those only), the second keeps the best, then the claims are joined.
            let claims = try Claim.fetchAll(
                db,
                sql: """
                    SELECT claim.* FROM (
                        SELECT hit, score FROM (
                            SELECT rowid AS hit, \(SearchRank.name)(claimFts) AS score FROM claimFts
                            WHERE claimFts MATCH ? ORDER BY rowid DESC LIMIT ?
                        ) ORDER BY score, hit DESC LIMIT ?
                    ) AS hits
                    JOIN claim ON claim.id = hits.hit
                    WHERE +claim.mergedIntoId IS NULL
                    ORDER BY hits.score, claim.id DESC
                    LIMIT ?
                    """,
                arguments: [pattern, size, limit * 2, limit]
            )
            return try details(of: claims, withEvents: false, in: db)
        }
    }

    /// How many claims `pattern` matches, counted up to `bound` (newest first, so it stops there).
    private static func matchCount(_ pattern: FTS5Pattern, upTo bound: Int, in db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: "SELECT COUNT(*) FROM (SELECT rowid FROM claimFts WHERE claimFts MATCH ? ORDER BY rowid DESC LIMIT ?)",
            arguments: [pattern, bound]
        ) ?? 0
    }

    /// A document with its claims (ordered by first occurrence) and all their history.
    ///
    /// - Parameter withHistory: false leaves the events out (every `events` list empty), for views that show none.
    public func documentDetail(id: Int64, withHistory: Bool = true) async throws(StoreError) -> DocumentDetail {
        let document = try await document(id: id)
        return try await read { db in try detail(of: document, withEvents: withHistory, in: db) }
    }

    /// The ids of the claims first found in document `documentId` (not merged away), in the order of
    /// ``documentDetail(id:withHistory:)``: by first occurrence in it, then by id.
    public func claimOrder(documentId: Int64) async throws(StoreError) -> [Int64] {
        try await read { db in
            try Int64.fetchAll(
                db,
                sql: "SELECT claim.id FROM claim \(Self.documentOrder)",
                arguments: [documentId, documentId]
            )
        }
    }

    /// The claims of a document in reading order (two arguments: the document id twice).
    static let documentOrder = """
        WHERE claim.documentId = ? AND +claim.mergedIntoId IS NULL
        ORDER BY (SELECT MIN(start) FROM occurrence WHERE occurrence.claimId = claim.id AND occurrence.documentId = ?), claim.id
        """

    /// Every document with its claims and history, oldest document first.
    public func allDocumentDetails() async throws(StoreError) -> [DocumentDetail] {
        try await read { db in
            try Document.order(Column("id")).fetchAll(db).map { try detail(of: $0, withEvents: true, in: db) }
        }
    }

    /// The whole history, in order.
    public func allEvents() async throws(StoreError) -> [Event] {
        try await read { db in try Event.order(Column("id")).fetchAll(db) }
    }

    /// Checks the history's hash chain.
    ///
    /// - Returns: the number of events checked.
    /// - Throws: ``StoreError`` with code `.tampered` naming the first event that breaks the chain.
    public func verifyHistory() async throws(StoreError) -> Int {
        let events = try await allEvents()
        if let broken = EventChain.verify(events) {
            throw StoreError(.tampered, "history check FAILED: \(broken)")
        }
        return events.count
    }

    private func detail(of document: Document, withEvents: Bool, in db: Database) throws -> DocumentDetail {
        let claims = try Claim.fetchAll(
            db,
            sql: "SELECT claim.* FROM claim \(Self.documentOrder)",
            arguments: [document.id, document.id]
        )
        let events =
            withEvents
            ? try Event.filter(Column("documentId") == document.id && Column("claimId") == nil)
                .order(Column("id")).fetchAll(db) : []
        return DocumentDetail(
            document: document,
            claims: try details(of: claims, withEvents: withEvents, in: db),
            events: events
        )
    }

    /// Loads occurrences, sources, captures, links (and events) for `claims` in a few batched queries.
    func details(of claims: [Claim], withEvents: Bool, in db: Database) throws -> [ClaimDetail] {
        let ids = claims.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        var occurrences: [Int64: [Occurrence]] = [:]
        var sources: [Int64: [SourceDetail]] = [:]
        var links: [Int64: [ClaimLink]] = [:]
        var events: [Int64: [Event]] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            // The batched IN queries below have no ORDER BY on purpose: ordering by another column can make SQLite
            // scan that column's index instead of using the claimId index. Each list is sorted afterwards.
            for occurrence in try Occurrence.filter(chunk.contains(Column("claimId"))).fetchAll(db) {
                occurrences[occurrence.claimId, default: []].append(occurrence)
            }
            let chunkSources = try Source.filter(chunk.contains(Column("claimId"))).fetchAll(db)
                .sorted { ($0.id ?? 0) < ($1.id ?? 0) }
            let sourceIds = chunkSources.compactMap(\.id)
            var captures: [Int64: [Capture]] = [:]
            if !sourceIds.isEmpty {
                for capture in try Capture.filter(sourceIds.contains(Column("sourceId"))).fetchAll(db)
                    .sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) })
                {
                    if let sourceId = capture.sourceId { captures[sourceId, default: []].append(capture) }
                }
            }
            for source in chunkSources {
                sources[source.claimId, default: []].append(
                    SourceDetail(source: source, captures: source.id.flatMap { captures[$0] } ?? [])
                )
            }
            let chunkLinks =
                try ClaimLink.filter(chunk.contains(Column("claimId"))).fetchAll(db)
                + ClaimLink.filter(chunk.contains(Column("linkedClaimId"))).fetchAll(db)
            var seenLinks = Set<Int64>()
            for link in chunkLinks.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) })
            where seenLinks.insert(link.id ?? 0).inserted {
                links[link.claimId, default: []].append(link)
                if link.linkedClaimId != link.claimId { links[link.linkedClaimId, default: []].append(link) }
            }
            if withEvents {
                // A claim's history includes the history of the claims merged into it.
                var owner = Dictionary(uniqueKeysWithValues: chunk.map { ($0, $0) })
                let placeholders = databaseQuestionMarks(count: chunk.count)
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT id, mergedIntoId FROM claim WHERE mergedIntoId IN (\(placeholders))",
                    arguments: StatementArguments(chunk)
                ) {
                    owner[row["id"]] = row["mergedIntoId"]
                }
                let claimIds = Array(owner.keys)
                for event in try Event.filter(claimIds.contains(Column("claimId"))).fetchAll(db)
                    .sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) })
                {
                    if let claimId = event.claimId, let target = owner[claimId] {
                        events[target, default: []].append(event)
                    }
                }
            }
        }
        for key in occurrences.keys {
            occurrences[key]?.sort { ($0.documentId, $0.start, $0.id ?? 0) < ($1.documentId, $1.start, $1.id ?? 0) }
        }
        return claims.map { claim in
            let id = claim.id ?? 0
            return ClaimDetail(
                claim: claim,
                occurrences: occurrences[id] ?? [],
                sources: sources[id] ?? [],
                events: events[id] ?? [],
                links: links[id] ?? []
            )
        }
    }
}
