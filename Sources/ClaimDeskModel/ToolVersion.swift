import ClaimDeskText
/// The ClaimDesk version recorded in every document's provenance.
public enum ToolVersion {
    /// The current version.
    public static let current = "0.1.0"
}
