import ClaimDeskText
/// Who acts, and when, for a write that records history.
public struct ReviewContext: Sendable {
    /// The reviewer.
    public var actor: String
    /// The time, ISO 8601 UTC.
    public var now: String

    /// Creates a context.
    public init(actor: String, now: String) {
        self.actor = actor
        self.now = now
    }
}
