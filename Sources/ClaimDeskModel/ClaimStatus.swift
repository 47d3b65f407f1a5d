import ClaimDeskText
/// Where a claim stands in review.
public enum ClaimStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Nobody has reviewed it yet (the default).
    case unverified
    /// A reviewer is working on it.
    case inReview = "in_review"
    /// Supported by evidence.
    case verified
    /// Contradicted in part, or contested by credible sources.
    case disputed
    /// Contradicted by evidence.
    case `false`
    /// Accurate in part but presented so as to mislead.
    case misleading
    /// Cannot be checked with the evidence available.
    case unverifiable
    /// Not a claim, or not worth checking (an extractor false positive).
    case dismissed

    /// Whether a reviewer has reached a verdict (what ClaimReview exports).
    public var isVerdict: Bool {
        switch self {
        case .unverified, .inReview, .dismissed: false
        default: true
        }
    }
}
