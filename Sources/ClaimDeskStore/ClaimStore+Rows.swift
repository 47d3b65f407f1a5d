import ClaimDeskModel
import ClaimDeskText
import Foundation
import GRDB

// Hot-path inserts for ingest: cached prepared statements with plain arguments, instead of the Codable record
// machinery, which costs more than SQLite itself when an ingest writes tens of thousands of rows.

extension ClaimStore {
    /// Inserts `claim` and sets its id.
    func insertRow(_ claim: inout Claim, encoder: JSONEncoder, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO claim (documentId, text, originalText, type, status, score, hedged, speaker, numbers, dates,
                                   signals, fingerprint, method, mergedIntoId, createdAt, speakerKind, hedge)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        let fast = ValueJSON.isRepresentable(claim.numbers, claim.signals)
        let numbers = fast ? ValueJSON.encode(claim.numbers) : try Self.json(claim.numbers, encoder)
        let dates = fast ? ValueJSON.encode(claim.dates) : try Self.json(claim.dates, encoder)
        let signals = fast ? ValueJSON.encode(claim.signals) : try Self.json(claim.signals, encoder)
        try statement.execute(arguments: [
            claim.documentId, claim.text, claim.originalText, claim.type.rawValue, claim.status.rawValue, claim.score,
            claim.hedged, claim.speaker, numbers, dates, signals, claim.fingerprint, claim.method, claim.mergedIntoId,
            claim.createdAt, claim.speakerKind?.rawValue, claim.hedge,
        ])
        claim.id = db.lastInsertedRowID
    }

    /// Inserts an occurrence of `claimId` at `span`.
    func insertOccurrenceRow(claimId: Int64, documentId: Int64, span: TextSpan, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO occurrence (claimId, documentId, start, "end", exact, prefix, suffix)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        )
        try statement.execute(arguments: [
            claimId, documentId, span.start, span.end, span.exact, span.prefix, span.suffix,
        ])
    }

    /// Inserts a chained event.
    func insertRow(_ event: inout Event, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO event (claimId, documentId, sourceId, at, actor, action, field, fromValue, toValue, note,
                                   evidence, isOverride, record, prevHash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        try statement.execute(arguments: [
            event.claimId, event.documentId, event.sourceId, event.at, event.actor, event.action.rawValue, event.field,
            event.fromValue, event.toValue, event.note, event.evidence, event.isOverride, event.record, event.prevHash, event.hash,
        ])
        event.id = db.lastInsertedRowID
    }

    static func json(_ value: some Encodable, _ encoder: JSONEncoder) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
