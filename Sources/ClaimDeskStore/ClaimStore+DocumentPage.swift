public import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// One page of the documents `filter` selects, newest first, read with `LIMIT`/`OFFSET` (the rest stays on
    /// disk), with how many there are in all and each listed document's claims (not merged away) by status.
    ///
    /// - Parameters:
    ///   - filter: which documents.
    ///   - offset: how many of them to skip.
    ///   - limit: how many to return at most.
    public func documentPage(
        _ filter: DocumentFilter,
        offset: Int,
        limit: Int
    ) async throws(StoreError) -> (documents: [Document], total: Int, statusCounts: [Int64: [ClaimStatus: Int]]) {
        try await read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let lang = filter.lang {
                conditions.append("lang = ?")
                _ = arguments.append(contentsOf: [lang.rawValue])
            }
            if let publisher = filter.publisher {
                conditions.append("publisher = ?")
                _ = arguments.append(contentsOf: [publisher])
            }
            if let status = filter.status {
                conditions.append(
                    "EXISTS (SELECT 1 FROM claim WHERE claim.documentId = document.id AND claim.status = ? "
                        + "AND +claim.mergedIntoId IS NULL)"
                )
                _ = arguments.append(contentsOf: [status.rawValue])
            }
            let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let total =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document" + whereClause, arguments: arguments) ?? 0
            var pageArguments = arguments
            _ = pageArguments.append(contentsOf: [max(0, limit), max(0, offset)])
            let documents = try Document.fetchAll(
                db,
                sql: "SELECT * FROM document" + whereClause + " ORDER BY id DESC LIMIT ? OFFSET ?",
                arguments: pageArguments
            )
            let ids = documents.compactMap(\.id)
            var counts: [Int64: [ClaimStatus: Int]] = [:]
            if !ids.isEmpty {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT documentId, status, COUNT(*) AS n FROM claim
                        WHERE documentId IN (\(ids.map { _ in "?" }.joined(separator: ","))) AND +mergedIntoId IS NULL
                        GROUP BY documentId, status
                        """,
                    arguments: StatementArguments(ids)
                )
                for row in rows {
                    guard let status = ClaimStatus(rawValue: row["status"]) else { continue }
                    counts[row["documentId"], default: [:]][status] = row["n"]
                }
            }
            return (documents, total, counts)
        }
    }

    /// The publishers the documents name, sorted (for the list's filter).
    public func publishers(limit: Int = 500) async throws(StoreError) -> [String] {
        try await read { db in
            try String.fetchAll(
                db,
                sql: "SELECT DISTINCT publisher FROM document WHERE publisher IS NOT NULL ORDER BY publisher LIMIT ?",
                arguments: [limit]
            )
        }
    }
}
