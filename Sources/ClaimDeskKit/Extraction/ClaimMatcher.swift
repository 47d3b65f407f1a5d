/// Why two claims of different documents are taken to state the same thing.
public struct ClaimMatch: Sendable, Hashable {
    /// Match strength, 0…1.
    public var score: Double
    /// Human-readable reason.
    public var reason: String

    /// Creates a match.
    public init(score: Double, reason: String) {
        self.score = score
        self.reason = reason
    }
}

/// Decides whether a new claim states the same thing as an existing one.
///
/// First version: equal fingerprints only. The extraction engine replaces this.
public enum ClaimMatcher {
    /// Returns a match when `new` and `existing` state the same thing, nil otherwise.
    public static func match(_ new: Claim, _ existing: Claim) -> ClaimMatch? {
        new.fingerprint == existing.fingerprint ? ClaimMatch(score: 1, reason: "same normalised text") : nil
    }
}
