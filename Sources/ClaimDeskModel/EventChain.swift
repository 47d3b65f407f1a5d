import ClaimDeskText
import Foundation

/// The hash chain that makes the history tamper-evident.
///
/// Each event's hash is the SHA-256 of the previous event's hash, a newline, and the event's canonical
/// serialisation: a JSON object of its fields (every field but `id` and `hash`; `record` only when it is set),
/// keys sorted, UTF-8, no insignificant white space. The first event chains from ``genesis``.
public enum EventChain {
    /// The `prevHash` of the first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// The canonical serialisation of `event` (without its `id` and `hash`).
    public static func canonical(_ event: Event) -> String {
        var fields: [String: CanonicalValue] = [
            "at": .string(event.at),
            "actor": .string(event.actor),
            "action": .string(event.action.rawValue),
            "isOverride": .bool(event.isOverride),
            "prevHash": .string(event.prevHash),
        ]
        fields["claimId"] = event.claimId.map(CanonicalValue.int) ?? .null
        fields["documentId"] = event.documentId.map(CanonicalValue.int) ?? .null
        fields["sourceId"] = event.sourceId.map(CanonicalValue.int) ?? .null
        fields["field"] = event.field.map(CanonicalValue.string) ?? .null
        fields["fromValue"] = event.fromValue.map(CanonicalValue.string) ?? .null
        fields["toValue"] = event.toValue.map(CanonicalValue.string) ?? .null
        fields["note"] = event.note.map(CanonicalValue.string) ?? .null
        fields["evidence"] = event.evidence.map(CanonicalValue.string) ?? .null
        // Added with ledger format 2: present only when set, so the events written before keep their hashes.
        if let record = event.record { fields["record"] = .string(record) }
        return CanonicalValue.object(fields).json
    }

    /// The hash `event` must carry, given its `prevHash`.
    public static func hash(of event: Event) -> String {
        Hashing.sha256Hex(event.prevHash + "\n" + canonical(event))
    }

    /// Returns `event` chained after `previousHash`: its `prevHash` and `hash` filled in.
    public static func chain(_ event: Event, after previousHash: String?) -> Event {
        var chained = event
        chained.prevHash = previousHash ?? genesis
        chained.hash = hash(of: chained)
        return chained
    }

    /// Checks a whole history, in id order.
    ///
    /// - Returns: nil when every event chains from the one before it, else the first problem.
    public static func verify(_ events: [Event]) -> ChainBreak? {
        var expectedPrevious = genesis
        for (position, event) in events.enumerated() {
            if event.prevHash != expectedPrevious {
                return ChainBreak(
                    eventId: event.id,
                    position: position,
                    reason:
                        "its previous-hash does not match the event before it: an event was deleted, inserted or reordered"
                )
            }
            if hash(of: event) != event.hash {
                return ChainBreak(
                    eventId: event.id,
                    position: position,
                    reason: "its content does not match its hash: the event was edited after it was written"
                )
            }
            expectedPrevious = event.hash
        }
        return nil
    }
}

/// Where and why a history's hash chain breaks.
public struct ChainBreak: Sendable, Hashable, CustomStringConvertible {
    /// The first event that does not verify.
    public var eventId: Int64?
    /// Its position in the history (0-based).
    public var position: Int
    /// Why it does not verify.
    public var reason: String

    public var description: String {
        let name = eventId.map { PublicID.format($0, as: .event) } ?? "#\(position + 1)"
        return "event \(name) breaks the chain: \(reason)"
    }
}
