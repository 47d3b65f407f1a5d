public import ClaimDeskModel
import GRDB

extension ClaimStore {
    /// The queue's rows: unverified claims not merged away. Written with literals, as the partial index
    /// `claim_queue` (migration v7) is, so that SQLite reads the queue from that index in order.
    static let queueCondition = "status = 'unverified' AND mergedIntoId IS NULL"

    /// The queue's table, named with its index: without statistics SQLite would rather read the status index
    /// and sort every unverified claim.
    static let queueTable = "claim INDEXED BY claim_queue"

    /// One page of the review queue, most check-worthy first (ties: oldest claim first), read from the
    /// `claim_queue` index with `LIMIT`/`OFFSET`, and how many claims the queue holds, counted up to `countLimit`.
    ///
    /// - Parameters:
    ///   - offset: how many queued claims to skip.
    ///   - limit: how many to return at most.
    ///   - countLimit: where counting stops (counting walks the index: 300 000 claims cost tens of milliseconds).
    public func queuePage(
        offset: Int,
        limit: Int,
        countLimit: Int = 10_000
    ) async throws(StoreError) -> (claims: [ClaimDetail], total: Int) {
        try await read { db in
            let counted = max(countLimit, offset + limit + 1)
            let total =
                try Int.fetchOne(
                    db,
                    sql: "SELECT COUNT(*) FROM (SELECT 1 FROM \(Self.queueTable) WHERE \(Self.queueCondition) LIMIT ?)",
                    arguments: [counted]
                ) ?? 0
            let claims = try Claim.fetchAll(
                db,
                sql: """
                    SELECT * FROM \(Self.queueTable) WHERE \(Self.queueCondition)
                    ORDER BY score DESC, id LIMIT ? OFFSET ?
                    """,
                arguments: [max(0, limit), max(0, offset)]
            )
            return (try details(of: claims, withEvents: false, in: db), total)
        }
    }

    /// The id of the queued claim that comes after claim `claimId` in the queue's order (by that claim's score and
    /// id, whatever its status now, so a claim just reviewed leads to the one below it), or the first queued claim
    /// when `claimId` is nil or unknown; nil when nothing comes after.
    public func queueClaimId(after claimId: Int64?) async throws(StoreError) -> Int64? {
        try await read { db in
            if let claimId,
                let score = try Double.fetchOne(db, sql: "SELECT score FROM claim WHERE id = ?", arguments: [claimId])
            {
                // Two seeks rather than one `score < ? OR (score = ? AND id > ?)`, which SQLite reads as a scan
                // of the index from its top: the same score and a later id, else the next lower score.
                let sameScore = try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM \(Self.queueTable) WHERE \(Self.queueCondition) AND score = ? AND id > ?
                        ORDER BY score DESC, id LIMIT 1
                        """,
                    arguments: [score, claimId]
                )
                if let sameScore { return sameScore }
                return try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM \(Self.queueTable) WHERE \(Self.queueCondition) AND score < ?
                        ORDER BY score DESC, id LIMIT 1
                        """,
                    arguments: [score]
                )
            }
            return try Int64.fetchOne(
                db,
                sql: "SELECT id FROM \(Self.queueTable) WHERE \(Self.queueCondition) ORDER BY score DESC, id LIMIT 1"
            )
        }
    }
}
