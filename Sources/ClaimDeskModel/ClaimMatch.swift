import ClaimDeskText
/// Why two claims in different documents state the same thing, and how strongly.
public struct ClaimMatch: Sendable, Hashable {
    /// Match strength, 0…1.
    public var score: Double
    /// A short human-readable reason (`same numbers 1500000; shared names chatgpt`).
    public var reason: String

    /// Creates a match.
    public init(score: Double, reason: String) {
        self.score = score
        self.reason = reason
    }

    /// How many links one new claim gets at most: the best matches; the others are reachable through them.
    public static let maximumLinks = 3

    /// The matches a new claim is linked to: the strongest first, the lower id first among equals, at most
    /// ``maximumLinks``.
    public static func best(_ matches: [(id: Int64, match: ClaimMatch)]) -> [(id: Int64, match: ClaimMatch)] {
        Array(matches.sorted { ($0.match.score, -$0.id) > ($1.match.score, -$1.id) }.prefix(maximumLinks))
    }
}

/// Decides whether two claims of different documents state the same thing.
///
/// The rule lives with the extraction engine (it reads words, names and figures); the store runs it on the
/// candidates it finds, inside the ingest transaction.
public protocol ClaimLinker: Sendable {
    /// The match between `new` and `existing`, or nil when they are not the same claim.
    func match(_ new: Claim, _ existing: Claim) -> ClaimMatch?
}
