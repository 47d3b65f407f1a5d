public import ClaimDeskModel
import ClaimDeskText
/// The public JSON shape of a source with its latest capture.
public struct SourceJSON: Sendable, Codable, Hashable {
    public var id: String
    public var claim: String
    public var url: String
    public var normalizedUrl: String
    public var stance: Stance
    public var excerpt: String?
    public var title: String?
    public var publisher: String?
    public var note: String?
    public var addedAt: String
    public var addedBy: String
    public var removed: Bool
    public var captures: Int
    public var latestCapture: Capture?

    enum CodingKeys: String, CodingKey {
        case id, claim, url, stance, excerpt, title, publisher, note, removed, captures
        case normalizedUrl = "normalized_url"
        case addedAt = "added_at"
        case addedBy = "added_by"
        case latestCapture = "latest_capture"
    }

    /// The JSON shape of `detail`.
    public init(_ detail: SourceDetail) {
        let source = detail.source
        id = PublicID.format(optional: source.id, as: .source) ?? ""
        claim = PublicID.format(source.claimId, as: .claim)
        url = source.url
        normalizedUrl = source.normalizedUrl
        stance = source.stance
        excerpt = source.excerpt
        title = source.title
        publisher = source.publisher
        note = source.note
        addedAt = source.addedAt
        addedBy = source.addedBy
        removed = source.removed
        captures = detail.captures.count
        latestCapture = detail.latestCapture
    }
}

/// The public JSON shape of a history event.
public struct EventJSON: Sendable, Codable, Hashable {
    public var id: String
    public var claim: String?
    public var document: String?
    public var source: String?
    public var at: String
    public var actor: String
    public var action: String
    public var field: String?
    public var from: String?
    public var to: String?
    public var note: String?
    public var evidence: String?
    public var override: Bool
    public var prevHash: String
    public var hash: String
    /// The record the event's hash covers (the claim of an `extract`, the source of a `source_add`, the capture
    /// of a `capture`), as the exact JSON text that was hashed; absent for one-field changes and old events.
    public var record: String?

    enum CodingKeys: String, CodingKey {
        case id, claim, document, source, at, actor, action, field, from, to, note, evidence, override, hash, record
        case prevHash = "prev_hash"
    }

    /// The JSON shape of `event`.
    public init(_ event: Event) {
        id = PublicID.format(optional: event.id, as: .event) ?? ""
        claim = PublicID.format(optional: event.claimId, as: .claim)
        document = PublicID.format(optional: event.documentId, as: .document)
        source = PublicID.format(optional: event.sourceId, as: .source)
        at = event.at
        actor = event.actor
        action = event.action.rawValue
        field = event.field
        from = event.fromValue
        to = event.toValue
        note = event.note
        evidence = event.evidence
        override = event.isOverride
        prevHash = event.prevHash
        hash = event.hash
        record = event.record
    }
}
