import ClaimDeskText
/// One entry of the append-only, hash-chained history: who changed what, when and why.
public struct Event: Sendable, Codable, Hashable {
    /// Database id; nil before insertion.
    public var id: Int64?
    /// The claim concerned, if any.
    public var claimId: Int64?
    /// The document concerned, if any.
    public var documentId: Int64?
    /// The source concerned, if any.
    public var sourceId: Int64?
    /// When, ISO 8601 UTC.
    public var at: String
    /// Who.
    public var actor: String
    /// What: `ingest`, `extract`, `status`, `edit`, `add`, `merge`, `source_add`, `source_remove`, `capture`, …
    public var action: EventAction
    /// The field changed, if any.
    public var field: String?
    /// Its value before.
    public var fromValue: String?
    /// Its value after.
    public var toValue: String?
    /// The reviewer's note.
    public var note: String?
    /// Evidence the decision rests on (source ids, URLs).
    public var evidence: String?
    /// Whether a guardrail was overridden with `--force`.
    public var isOverride: Bool
    /// The record this event created, as canonical JSON (``HistoryRecord``): the document of an `ingest`, the
    /// claim of an `extract` or `add`, the source of a `source_add`, the capture of a `capture`. Nil for events
    /// written before ledger format 2, and for events that change one field (`from` → `to` says it all).
    public var record: String?
    /// The previous event's hash (the genesis value for the first event).
    public var prevHash: String
    /// SHA-256 over `prevHash` and this event's canonical content.
    public var hash: String

    /// Creates an event; ``EventChain`` fills in the hashes.
    public init(
        id: Int64? = nil,
        claimId: Int64? = nil,
        documentId: Int64? = nil,
        sourceId: Int64? = nil,
        at: String,
        actor: String,
        action: EventAction,
        field: String? = nil,
        fromValue: String? = nil,
        toValue: String? = nil,
        note: String? = nil,
        evidence: String? = nil,
        isOverride: Bool = false,
        record: String? = nil,
        prevHash: String = "",
        hash: String = ""
    ) {
        self.id = id
        self.claimId = claimId
        self.documentId = documentId
        self.sourceId = sourceId
        self.at = at
        self.actor = actor
        self.action = action
        self.field = field
        self.fromValue = fromValue
        self.toValue = toValue
        self.note = note
        self.evidence = evidence
        self.isOverride = isOverride
        self.record = record
        self.prevHash = prevHash
        self.hash = hash
    }
}
