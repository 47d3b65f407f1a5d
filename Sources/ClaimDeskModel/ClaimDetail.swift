import ClaimDeskText
/// A claim with everything a reviewer, a report or the ledger shows about it.
public struct ClaimDetail: Sendable, Codable, Hashable {
    /// The claim.
    public var claim: Claim
    /// Where it occurs, ordered by document then start offset.
    public var occurrences: [Occurrence]
    /// Its sources, each with its captures (oldest first).
    public var sources: [SourceDetail]
    /// Its history, oldest first.
    public var events: [Event]
    /// Claims in other documents that state the same thing.
    public var links: [ClaimLink]

    /// Creates a claim detail.
    public init(
        claim: Claim,
        occurrences: [Occurrence],
        sources: [SourceDetail] = [],
        events: [Event] = [],
        links: [ClaimLink] = []
    ) {
        self.claim = claim
        self.occurrences = occurrences
        self.sources = sources
        self.events = events
        self.links = links
    }
}

/// A source with its captures.
public struct SourceDetail: Sendable, Codable, Hashable {
    /// The source.
    public var source: Source
    /// Its captures, oldest first.
    public var captures: [Capture]

    /// Creates a source detail.
    public init(source: Source, captures: [Capture] = []) {
        self.source = source
        self.captures = captures
    }

    /// The newest capture, if any.
    public var latestCapture: Capture? { captures.last }
}

/// A document with its claims, as reports and the ledger show it.
public struct DocumentDetail: Sendable, Codable, Hashable {
    /// The document.
    public var document: Document
    /// Its claims (those whose first occurrence is in this document), ordered by first occurrence.
    public var claims: [ClaimDetail]
    /// Document-level events (ingest), oldest first.
    public var events: [Event]

    /// Creates a document detail.
    public init(document: Document, claims: [ClaimDetail], events: [Event] = []) {
        self.document = document
        self.claims = claims
        self.events = events
    }
}
