import ClaimDeskText
/// What kind of check-worthy statement a claim is.
public enum ClaimType: String, Sendable, Codable, CaseIterable, Hashable {
    /// A figure: a count, an amount, a percentage ("1,5 million d'abonnés").
    case statistic
    /// A direct quotation with its speaker.
    case quote
    /// Reported speech: "selon X", "X a affirmé que", "according to".
    case attribution
    /// A dated or checkable past fact.
    case event
    /// A comparison ("more than", "deux fois plus").
    case comparison
    /// A statement about the future.
    case prediction
    /// A check-worthy statement of no more specific type.
    case other
}
