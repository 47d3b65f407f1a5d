public import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// schema.org `ClaimReview` JSON-LD for every claim with a verdict, following Google's fact-check structured-data
/// guidelines (developers.google.com/search/docs/appearance/structured-data/factcheck) and the rating fields of
/// the Fact Check Tools API (`ClaimRating`: `ratingValue` within `worstRating`…`bestRating`, `alternateName` the
/// textual rating).
///
/// ## Status → rating
///
/// A five-point scale, 1 worst, 5 best; the textual rating (`alternateName`) is what readers see.
///
/// | Status         | ratingValue | alternateName  |
/// |----------------|-------------|----------------|
/// | `verified`     | 5           | True           |
/// | `misleading`   | 3           | Misleading     |
/// | `disputed`     | 2           | Disputed       |
/// | `false`        | 1           | False          |
/// | `unverifiable` | (none)      | Unverifiable   |
///
/// `unverifiable` is not a point on a truth scale, so it carries only the textual rating (no `ratingValue`,
/// `bestRating` or `worstRating`). `unverified`, `in_review` and `dismissed` are not verdicts
/// (``ClaimStatus/isVerdict``) and are not exported, nor are claims merged into others.
///
/// Other fields: `claimReviewed` is the claim's (possibly restated) text; `itemReviewed` is a `Claim` whose
/// `author` is the speaker as a `Person` when known, `datePublished` the document's publication date, and
/// `appearance`/`firstAppearance` a `CreativeWork` with the document URL; `author` is the reviewing
/// organisation; `datePublished` is the time of the last `status` event; `url` is the review's address,
/// `<reviewBaseURL>/<document-slug>#c<id>`.
public enum ClaimReviewExport {
    /// The organisation publishing the reviews (from workspace settings).
    public struct Publisher: Sendable, Hashable {
        /// Its name.
        public var name: String
        /// Its home page.
        public var url: String?
        /// Where the reviews are published; each review's `url` is `<base>/<document-slug>#c<id>`.
        /// Defaults to ``url``.
        public var reviewBaseURL: String?

        /// Creates a publisher.
        public init(name: String, url: String? = nil, reviewBaseURL: String? = nil) {
            self.name = name
            self.url = url
            self.reviewBaseURL = reviewBaseURL
        }
    }

    /// The rating of a verdict, or nil for statuses that are not verdicts.
    public static func rating(for status: ClaimStatus) -> ClaimReview.Rating? {
        switch status {
        case .verified: ClaimReview.Rating(ratingValue: 5, alternateName: "True")
        case .misleading: ClaimReview.Rating(ratingValue: 3, alternateName: "Misleading")
        case .disputed: ClaimReview.Rating(ratingValue: 2, alternateName: "Disputed")
        case .false: ClaimReview.Rating(ratingValue: 1, alternateName: "False")
        case .unverifiable: ClaimReview.Rating(ratingValue: nil, alternateName: "Unverifiable")
        case .unverified, .inReview, .dismissed: nil
        }
    }

    /// One `ClaimReview` per claim with a verdict, in document then claim order.
    public static func reviews(_ documents: [DocumentDetail], publisher: Publisher) -> [ClaimReview] {
        let ordered = ReportOrder.documents(documents)
        let slugs = DocumentSlug.uniqueSlugs(for: ordered.map(\.document))
        var reviews: [ClaimReview] = []
        for (detail, slug) in zip(ordered, slugs) {
            for claim in ReportOrder.claims(detail.claims) {
                if let review = review(claim, document: detail.document, slug: slug, publisher: publisher) {
                    reviews.append(review)
                }
            }
        }
        return reviews
    }

    /// The JSON-LD text: an array of `ClaimReview` objects, keys sorted, pretty-printed, final newline.
    ///
    /// The text is safe to paste inside a `<script type="application/ld+json">` element: `<`, `>` and `&` (and
    /// the line separators U+2028, U+2029) are written as `\u` escapes, so no string can close the script element
    /// or open a comment; only http(s) URLs are written.
    public static func export(_ documents: [DocumentDetail], publisher: Publisher) throws -> Data {
        scriptSafe(try Ledger.encodeJSON(reviews(documents, publisher: publisher)))
    }

    /// JSON text with `<`, `>`, `&`, U+2028 and U+2029 escaped; they only ever occur inside JSON strings, where
    /// the escape means the same character.
    static func scriptSafe(_ json: Data) -> Data {
        var out = Data()
        out.reserveCapacity(json.count)
        var index = json.startIndex
        while index < json.endIndex {
            let byte = json[index]
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array("\\u0026".utf8))
            case 0xE2 where index + 2 < json.endIndex && json[index + 1] == 0x80
                && (json[index + 2] == 0xA8 || json[index + 2] == 0xA9):
                out.append(contentsOf: Array((json[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// `url` when it is an absolute http(s) URL, else nil: nothing else may become a link in a web page.
    static func webURL(_ url: String?) -> String? {
        guard let url, String.isWebURL(url) else { return nil }
        return url
    }

    /// The review of one claim, or nil when it has no verdict.
    static func review(_ detail: ClaimDetail, document: Document, slug: String, publisher: Publisher) -> ClaimReview? {
        let claim = detail.claim
        guard claim.mergedIntoId == nil, let rating = rating(for: claim.status), let id = claim.id else { return nil }
        let verdict = ReportOrder.events(detail.events).last { $0.action == .status }
        let documentURL = webURL(document.url) ?? webURL(document.origin)
        let appearance = documentURL.map { ClaimReview.CreativeWork(url: $0, headline: document.title) }
        let base = (webURL(publisher.reviewBaseURL) ?? webURL(publisher.url))
            .map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        return ClaimReview(
            url: base.map { "\($0)/\(slug)#\(PublicID.format(id, as: .claim))" },
            claimReviewed: claim.text,
            datePublished: verdict?.at,
            author: ClaimReview.Organization(name: publisher.name, url: webURL(publisher.url)),
            reviewRating: rating,
            itemReviewed: ClaimReview.ItemReviewed(
                author: claim.speaker.map { ClaimReview.Person(name: $0) },
                datePublished: document.published,
                appearance: appearance.map { [$0] },
                firstAppearance: appearance
            )
        )
    }
}
