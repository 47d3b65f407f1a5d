import ClaimDeskText

/// The head of the history: how many events there are and the hash of the last one, signed with the workspace
/// key (``WorkspaceKey``).
///
/// Each append moves the head; the ledger's `_workspace.json` carries the signed head, so a ledger whose events
/// stop short of it (truncation) or whose chain was recomputed (re-chaining) is refused, and a head published
/// elsewhere (a commit message, a fact-check page) proves later that the history still contains it.
public struct LedgerHead: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The number of events.
    public var count: Int
    /// The hash of the last event (``EventChain/genesis`` for an empty history).
    public var hash: String
    /// The Ed25519 public key that signed it, lower-case hex (32 bytes); nil when unsigned.
    public var publicKey: String?
    /// The Ed25519 signature of ``message``, lower-case hex (64 bytes); nil when unsigned.
    public var signature: String?

    /// Creates a head (unsigned).
    public init(count: Int, hash: String, publicKey: String? = nil, signature: String? = nil) {
        self.count = count
        self.hash = hash
        self.publicKey = publicKey
        self.signature = signature
    }

    /// The head of a history, in id order.
    public init(events: [Event]) {
        self.init(count: events.count, hash: events.last?.hash ?? EventChain.genesis)
    }

    /// What is signed: `claimdesk-head-v1`, the count and the hash, one per line.
    public var message: String { "claimdesk-head-v1\n\(count)\n\(hash)" }

    /// Whether the signature is the public key's signature of the message.
    public var isValidlySigned: Bool {
        guard let publicKey, let signature else { return false }
        return WorkspaceKey.verify(signature: signature, of: message, publicKey: publicKey)
    }

    /// `<count> <hash>`: what to publish.
    public var description: String { "\(count) \(hash)" }

    /// Whether `events` (in id order, already chain-verified) contain this head: the event at position `count`
    /// has this hash.
    public func isContained(in events: [Event]) -> Bool {
        if count == 0 { return hash == EventChain.genesis }
        return count <= events.count && events[count - 1].hash == hash
    }
}
