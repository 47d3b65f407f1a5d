public import ClaimDeskModel
import ClaimDeskText
/// Something in a document's review that an editor should look at before publishing.
///
/// Found by ``AttentionItem/items(in:)`` from the records alone: the rules are listed on ``Kind``.
public struct AttentionItem: Sendable, Hashable {
    /// Why a claim needs attention.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Verified, but no source that is not removed supports it.
        case verifiedWithoutSupport = "verified_without_support"
        /// A supporting source's excerpt is `absent` from its latest capture.
        case excerptAbsent = "excerpt_absent"
        /// A source's latest capture failed or answered HTTP 400 or more.
        case deadSource = "dead_source"
        /// A source's latest capture ended on another host than the source URL's.
        case movedSource = "moved_source"
        /// A reviewer overrode a guardrail (`--force`).
        case override
        /// Hedged, and still unverified or in review.
        case hedgedUnverified = "hedged_unverified"
    }

    /// Why.
    public var kind: Kind
    /// The claim concerned.
    public var claimId: Int64?
    /// The source concerned, if any.
    public var sourceId: Int64?
    /// The event concerned, if any.
    public var eventId: Int64?
    /// A one-line explanation (untrusted parts, such as URLs and error details, unescaped).
    public var detail: String

    /// Creates an item.
    public init(kind: Kind, claimId: Int64?, sourceId: Int64? = nil, eventId: Int64? = nil, detail: String) {
        self.kind = kind
        self.claimId = claimId
        self.sourceId = sourceId
        self.eventId = eventId
        self.detail = detail
    }

    /// Every item for the claims of a document, in claim order, then by the order of ``Kind``, then by source
    /// or event id.
    public static func items(in detail: DocumentDetail) -> [AttentionItem] {
        detail.claims.flatMap(items(for:))
    }

    /// The items for one claim.
    public static func items(for detail: ClaimDetail) -> [AttentionItem] {
        let claim = detail.claim
        let active = detail.sources.filter { !$0.source.removed }.sorted { ($0.source.id ?? 0) < ($1.source.id ?? 0) }
        var items: [AttentionItem] = []
        if claim.status == .verified, !active.contains(where: { $0.source.stance == .supports }) {
            items.append(
                AttentionItem(
                    kind: .verifiedWithoutSupport,
                    claimId: claim.id,
                    detail: "verified with no supporting source"
                )
            )
        }
        for source in active where source.source.stance == .supports {
            guard let capture = source.latestCapture, capture.excerptFound == .absent else { continue }
            items.append(
                AttentionItem(
                    kind: .excerptAbsent,
                    claimId: claim.id,
                    sourceId: source.source.id,
                    detail: "supporting excerpt absent from the capture of \(capture.fetchedAt)"
                )
            )
        }
        for source in active {
            guard let capture = source.latestCapture else { continue }
            if let error = capture.error {
                let more = capture.errorDetail.map { ": \($0)" } ?? ""
                items.append(
                    AttentionItem(
                        kind: .deadSource,
                        claimId: claim.id,
                        sourceId: source.source.id,
                        detail: "fetch failed (\(error)\(more)) on \(capture.fetchedAt)"
                    )
                )
            } else if let status = capture.httpStatus, status >= 400 {
                items.append(
                    AttentionItem(
                        kind: .deadSource,
                        claimId: claim.id,
                        sourceId: source.source.id,
                        detail: "HTTP \(status) on \(capture.fetchedAt)"
                    )
                )
            }
            if let final = capture.finalUrl, let finalHost = String.webHost(final),
                let host = String.webHost(source.source.url), finalHost != host
            {
                items.append(
                    AttentionItem(
                        kind: .movedSource,
                        claimId: claim.id,
                        sourceId: source.source.id,
                        detail: "moved from \(host) to \(finalHost)"
                    )
                )
            }
        }
        for event in detail.events where event.isOverride {
            let note = event.note.map { ": \($0)" } ?? ""
            items.append(
                AttentionItem(
                    kind: .override,
                    claimId: claim.id,
                    eventId: event.id,
                    detail: "\(event.actor) overrode a guardrail (\(event.action.rawValue)) on \(event.at)\(note)"
                )
            )
        }
        if claim.hedged, claim.status == .unverified || claim.status == .inReview {
            items.append(
                AttentionItem(
                    kind: .hedgedUnverified,
                    claimId: claim.id,
                    detail: "hedged and still \(claim.status.rawValue)"
                )
            )
        }
        return items
    }
}
