import ClaimDeskModel
import Foundation
import GRDB
import Synchronization

/// What the link lookups of a bulk ingest have read, kept from one transaction to the next.
///
/// A bulk ingest asks for the same common keys (a year, a round number) thousands of times, each answer up to
/// ``LinkState/newestPerKey`` claim ids, and decodes the same recent claims again and again as candidates. Passed
/// to each batch of ``ClaimStore/ingest(_:cache:)``, the cache answers from memory what it read or stored before,
/// and every answer is the one the database would give at that moment: it is emptied when the history moved
/// since its last transaction (another process or command wrote: every change that could touch claim keys or
/// merges appends events) and when a savepoint rolls back.
public final class LinkCache: Sendable {
    let state = Mutex(LinkState())

    /// An empty cache.
    public init() {}
}

/// The contents of a ``LinkCache``, used inside one write transaction at a time.
struct LinkState: ~Copyable {
    /// How many of the earliest claims a fingerprint finds.
    static let earliestPerFingerprint = 8
    /// How many of the newest claims a number or date key finds.
    static let newestPerKey = 200
    /// How many decoded candidates are kept before the cache starts again.
    static let maximumClaims = 250_000

    /// The history's head (event count and last hash) at the end of the last transaction that used the cache.
    var head: String?
    /// Ids in ascending order: for a fingerprint the earliest, for another key the newest.
    private var ids: [String: [Int64]] = [:]
    /// Claims as a ``ClaimLinker`` reads them, not merged into another claim.
    private var claims: [Int64: Claim] = [:]

    /// Empties the cache unless the history is where the last transaction left it.
    mutating func begin(in db: Database) throws {
        let current = try Self.head(in: db)
        if current != head { removeAll() }
        head = current
    }

    /// Remembers where the history is at the end of a transaction.
    mutating func end(in db: Database) throws {
        head = try Self.head(in: db)
    }

    /// Forgets everything (after a rollback, whose claim ids may be given out again).
    mutating func removeAll() {
        ids.removeAll()
        claims.removeAll()
        head = nil
    }

    /// The claim ids for `key`, ascending: for a fingerprint the earliest, for another key the newest.
    mutating func ids(for key: String, isFingerprint: Bool, in db: Database) throws -> [Int64] {
        if let known = ids[key] { return known }
        // Both are answered from the (key, claimId) index alone.
        let statement = try db.cachedStatement(
            sql: isFingerprint
                ? "SELECT claimId FROM claimKey WHERE key = ? ORDER BY claimId LIMIT \(Self.earliestPerFingerprint)"
                : "SELECT claimId FROM claimKey WHERE key = ? ORDER BY claimId DESC LIMIT \(Self.newestPerKey)"
        )
        var found = try Int64.fetchAll(statement, arguments: [key])
        if !isFingerprint { found.reverse() }
        ids[key] = found
        return found
    }

    /// Records a claim just stored (newer than every claim before it) with its `keys`.
    mutating func record(_ claim: Claim, keys: some Sequence<String>) {
        guard let claimId = claim.id else { return }
        for key in keys {
            // A key never looked up here may have rows in the database that the cache does not hold.
            guard let count = ids[key]?.count else { continue }
            if key.hasPrefix("f:") {
                if count < Self.earliestPerFingerprint { ids[key]?.append(claimId) }
            } else {
                ids[key]?.append(claimId)
                if count + 1 > Self.newestPerKey { ids[key]?.removeFirst(count + 1 - Self.newestPerKey) }
            }
        }
        remember(Self.candidate(claim))
    }

    /// The claims with `ids` outside one document and not merged away, with only what a ``ClaimLinker`` reads.
    mutating func candidates(
        _ wanted: [Int64],
        excludingDocument documentId: Int64,
        decoder: JSONDecoder,
        in db: Database
    ) throws -> [Claim] {
        let missing = wanted.filter { claims[$0] == nil }
        if !missing.isEmpty {
            for claim in try Self.fetchCandidates(missing, decoder: decoder, in: db) { remember(claim) }
        }
        return wanted.compactMap { id in claims[id].flatMap { $0.documentId == documentId ? nil : $0 } }
    }

    private mutating func remember(_ claim: Claim) {
        guard let id = claim.id else { return }
        if claims.count >= Self.maximumClaims { claims.removeAll(keepingCapacity: true) }
        claims[id] = claim
    }

    /// `claim` with only the fields ``fetchCandidates(_:decoder:in:)`` reads back.
    private static func candidate(_ claim: Claim) -> Claim {
        Claim(
            id: claim.id,
            documentId: claim.documentId,
            text: claim.text,
            type: claim.type,
            score: claim.score,
            hedged: claim.hedged,
            speaker: claim.speaker,
            numbers: claim.numbers,
            dates: claim.dates,
            signals: [],
            fingerprint: claim.fingerprint,
            createdAt: claim.createdAt
        )
    }

    private static func fetchCandidates(_ ids: [Int64], decoder: JSONDecoder, in db: Database) throws -> [Claim] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT id, documentId, text, type, score, hedged, speaker, numbers, dates, fingerprint, createdAt
                FROM claim WHERE id IN (\(databaseQuestionMarks(count: ids.count))) AND +mergedIntoId IS NULL
                """
        )
        let rows = try Row.fetchAll(statement, arguments: StatementArguments(ids))
        return try rows.map { row in
            let numbers: String = row["numbers"]
            let dates: String = row["dates"]
            return Claim(
                id: row["id"],
                documentId: row["documentId"],
                text: row["text"],
                type: ClaimType(rawValue: row["type"]) ?? .other,
                score: row["score"],
                hedged: row["hedged"],
                speaker: row["speaker"],
                numbers: try decoder.decode([NumberValue].self, from: Data(numbers.utf8)),
                dates: try decoder.decode([DateValue].self, from: Data(dates.utf8)),
                signals: [],
                fingerprint: row["fingerprint"],
                createdAt: row["createdAt"]
            )
        }
    }

    /// The head as one string: a commit that failed after ``end(in:)`` leaves the database at another head.
    private static func head(in db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT count || ' ' || hash FROM head WHERE id = 1") ?? "0"
    }
}
