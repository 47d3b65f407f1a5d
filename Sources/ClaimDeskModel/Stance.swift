import ClaimDeskText
/// How a source bears on a claim.
public enum Stance: String, Sendable, Codable, CaseIterable, Hashable {
    /// The source supports the claim.
    case supports
    /// The source refutes the claim.
    case refutes
    /// The source gives context without deciding.
    case context
}
