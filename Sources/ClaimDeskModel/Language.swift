import ClaimDeskText
/// A language ClaimDesk extracts claims from.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    /// French.
    case fr
    /// English.
    case en
}
