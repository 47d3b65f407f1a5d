public import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskStore
import Foundation

/// What `audit verify` found: the database checks, and whether a published head is still in the history.
public struct AuditReport: Sendable, Hashable {
    /// The database checks (integrity, foreign keys, hash chain, head, state against history).
    public var database: DatabaseAudit
    /// The published head that was asked about, if any.
    public var publishedHead: PublishedHead?
    /// Whether the history contains ``publishedHead`` (true when none was asked about).
    public var containsPublishedHead: Bool

    /// Whether everything passed.
    public var passed: Bool { database.passed && containsPublishedHead }
}

/// A head as published (`audit head` prints `<count> <hash>`): a hash, with its position when known.
public struct PublishedHead: Sendable, Hashable, CustomStringConvertible {
    /// The event count at that head, when given.
    public var count: Int?
    /// The last event's hash.
    public var hash: String

    /// Parses `HASH`, `COUNT HASH` or `COUNT:HASH`; nil when there is no 64-hex-digit hash.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == ":" }).map(String.init)
        guard let hash = parts.last?.lowercased(), hash.count == 64, hash.allSatisfy(\.isHexDigit) else { return nil }
        if parts.count == 2 {
            guard let count = Int(parts[0]), count >= 0 else { return nil }
            self.count = count
        } else if parts.count != 1 {
            return nil
        }
        self.hash = hash
    }

    /// Whether `events` (in id order) contain this head.
    public func isContained(in events: [Event]) -> Bool {
        if let count { return LedgerHead(count: count, hash: hash).isContained(in: events) }
        return hash == EventChain.genesis || events.contains { $0.hash == hash }
    }

    public var description: String { count.map { "\($0) \(hash)" } ?? hash }
}

extension ClaimDeskService {
    /// Checks the whole workspace (``ClaimStore/audit()``) and, when `head` is given, that the history still
    /// contains that published head: an append-only witness.
    public func audit(head: PublishedHead?) async throws(ClaimDeskError) -> AuditReport {
        let database = try await store.audit()
        guard let head else { return AuditReport(database: database, publishedHead: nil, containsPublishedHead: true) }
        let events = try await store.allEvents()
        return AuditReport(database: database, publishedHead: head, containsPublishedHead: head.isContained(in: events))
    }

    /// Proves a ledger folder (``Ledger/verify(_:trustedKey:)``) and, when `head` is given, that its history
    /// contains that published head.
    ///
    /// - Returns: the ledger's signed head, and whether it contains `head` (true when none is given).
    public static func auditLedger(
        folder: String,
        head: PublishedHead?,
        trustedKey: String?
    ) throws -> (head: LedgerHead, isSigned: Bool, contained: Bool) {
        let verified = try Ledger.verify(readLedgerFiles(folder: folder), trustedKey: trustedKey)
        return (verified.head, verified.isSigned, head?.isContained(in: verified.contents.events) ?? true)
    }
}
