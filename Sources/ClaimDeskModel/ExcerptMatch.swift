/// How an excerpt was found on a page.
public struct ExcerptMatch: Sendable, Hashable, Codable {
    /// The kinds of match, strongest first; stored in a capture's `excerpt_found` by raw value.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The excerpt occurs verbatim.
        case exact
        /// It occurs once case, whitespace, quotes, apostrophes, dashes, diacritics and hyphenation are folded.
        case normalized
        /// A close token alignment scores at least ``ExcerptMatcher/fuzzyThreshold``, with every number present.
        case fuzzy
        /// Not on the page; also any weaker fuzzy match.
        case absent
    }

    /// The kind of match.
    public var kind: Kind
    /// The alignment score (0…1) for `fuzzy`, and the best score seen for `absent`; nil otherwise.
    public var score: Double?

    /// Creates a match.
    public init(kind: Kind, score: Double? = nil) {
        self.kind = kind
        self.score = score
    }

    /// Whether the excerpt counts as found (exact, normalized or fuzzy).
    public var isFound: Bool { kind != .absent }
}
