import ClaimDeskText
/// The content of one ledger file, `Claims/<slug>.json`: a document with everything recorded about it.
///
/// The ledger is the reviewable, diffable copy of the database: every id is the database id, every event carries
/// its hash, and ``Ledger/encode(_:)`` writes it with sorted keys and one claim per block, so that a review
/// session shows in `git diff` as the claims it touched.
public struct LedgerFile: Sendable, Codable, Hashable {
    /// The format version this build writes: 2 adds the signed head and the files list to `_workspace.json`, the
    /// `textSha256` and `slug` of documents and the `record` of events.
    public static let currentFormat = 2
    /// The format versions this build reads (format 1 ledgers are unsigned).
    public static let readableFormats = 1...2

    /// The ledger format version.
    public var format: Int
    /// The document with its provenance and stored (normalised) text.
    public var document: Document
    /// Captures of the document itself (not of a source), such as the fetch a URL was ingested from.
    public var captures: [Capture]
    /// Document-level events (`ingest`), oldest first.
    public var events: [Event]
    /// Every claim first found in the document, merged ones included, each with its occurrences, sources and
    /// their capture metadata, the links it owns (where it is `claimId`) and its events.
    public var claims: [ClaimDetail]

    /// Creates a ledger file.
    public init(document: Document, captures: [Capture] = [], events: [Event] = [], claims: [ClaimDetail]) {
        self.format = Self.currentFormat
        self.document = document
        self.captures = captures
        self.events = events
        self.claims = claims
    }

    /// The same content as a ``DocumentDetail``, for reports.
    public var detail: DocumentDetail {
        DocumentDetail(document: document, claims: claims, events: events)
    }

    /// The content in canonical order: claims by first occurrence then id; occurrences by document and start;
    /// sources, captures, links and events by id.
    public var canonical: LedgerFile {
        var copy = self
        copy.captures.sort { ($0.id ?? 0) < ($1.id ?? 0) }
        copy.events = ReportOrder.events(events)
        copy.claims = ReportOrder.claims(claims).map { claim in
            var claim = claim
            claim.occurrences = ReportOrder.occurrences(claim.occurrences)
            claim.sources = ReportOrder.sources(claim.sources).map { source in
                var source = source
                source.captures.sort { ($0.id ?? 0) < ($1.id ?? 0) }
                return source
            }
            claim.events = ReportOrder.events(claim.events)
            claim.links.sort { ($0.id ?? 0) < ($1.id ?? 0) }
            return claim
        }
        return copy
    }
}

/// What the ledger keeps outside any document, in `Claims/_workspace.json`: settings, and events and captures
/// that belong to no document, so the hash chain is complete.
public struct LedgerWorkspace: Sendable, Codable, Hashable {
    /// The ledger format version.
    public var format: Int
    /// Workspace settings (organisation name and URL for ClaimReview, …).
    public var settings: [String: String]
    /// Events with no document and no claim, oldest first.
    public var events: [Event]
    /// Captures that belong to no source and no document.
    public var captures: [Capture]
    /// The history's head, signed with the workspace key; nil in format 1 ledgers.
    public var head: LedgerHead?
    /// The files of the ledger folder this export wrote (the only ones a later export may replace or remove);
    /// nil in format 1 ledgers.
    public var files: [String]?

    /// Creates the workspace part of a ledger.
    public init(
        settings: [String: String] = [:],
        events: [Event] = [],
        captures: [Capture] = [],
        head: LedgerHead? = nil,
        files: [String]? = nil
    ) {
        self.format = LedgerFile.currentFormat
        self.settings = settings
        self.events = ReportOrder.events(events)
        self.captures = captures.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        self.head = head
        self.files = files
    }
}
