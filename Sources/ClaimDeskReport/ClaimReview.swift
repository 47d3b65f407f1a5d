import ClaimDeskModel
import ClaimDeskText
/// A schema.org `ClaimReview`, as ``ClaimReviewExport`` writes it.
public struct ClaimReview: Sendable, Codable, Hashable {
    /// Always `https://schema.org`.
    public var context = "https://schema.org"
    /// Always `ClaimReview`.
    public var type = "ClaimReview"
    /// The review's address.
    public var url: String?
    /// The claim's text.
    public var claimReviewed: String
    /// When the verdict was given (ISO 8601).
    public var datePublished: String?
    /// The reviewing organisation.
    public var author: Organization
    /// The verdict.
    public var reviewRating: Rating
    /// The claim reviewed.
    public var itemReviewed: ItemReviewed

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case url, claimReviewed, datePublished, author, reviewRating, itemReviewed
    }
}

extension ClaimReview {
    /// A schema.org `Rating` on a 1…5 scale, or textual only.
    public struct Rating: Sendable, Codable, Hashable {
        /// Always `Rating`.
        public var type = "Rating"
        /// 1 (worst) … 5 (best); nil for a textual-only rating.
        public var ratingValue: Int?
        /// 5 when there is a value.
        public var bestRating: Int?
        /// 1 when there is a value.
        public var worstRating: Int?
        /// The textual rating (`True`, `False`, …).
        public var alternateName: String

        /// Creates a rating on the 1…5 scale (or textual only when `ratingValue` is nil).
        public init(ratingValue: Int?, alternateName: String) {
            self.ratingValue = ratingValue
            self.bestRating = ratingValue == nil ? nil : 5
            self.worstRating = ratingValue == nil ? nil : 1
            self.alternateName = alternateName
        }

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case ratingValue, bestRating, worstRating, alternateName
        }
    }

    /// A schema.org `Claim`: what was reviewed.
    public struct ItemReviewed: Sendable, Codable, Hashable {
        /// Always `Claim`.
        public var type = "Claim"
        /// Who made the claim.
        public var author: Person?
        /// When the document it appeared in was published.
        public var datePublished: String?
        /// Where it appeared.
        public var appearance: [CreativeWork]?
        /// Where it first appeared.
        public var firstAppearance: CreativeWork?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case author, datePublished, appearance, firstAppearance
        }
    }

    /// A schema.org `Person`.
    public struct Person: Sendable, Codable, Hashable {
        /// Always `Person`.
        public var type = "Person"
        /// The name.
        public var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    /// A schema.org `Organization`.
    public struct Organization: Sendable, Codable, Hashable {
        /// Always `Organization`.
        public var type = "Organization"
        /// The name.
        public var name: String
        /// The home page.
        public var url: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url
        }
    }

    /// A schema.org `CreativeWork`: a page a claim appeared in.
    public struct CreativeWork: Sendable, Codable, Hashable {
        /// Always `CreativeWork`.
        public var type = "CreativeWork"
        /// The page.
        public var url: String
        /// Its title.
        public var headline: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case url, headline
        }
    }
}
