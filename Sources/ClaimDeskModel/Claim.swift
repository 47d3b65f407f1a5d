import ClaimDeskText
/// A stored claim under review.
public struct Claim: Sendable, Codable, Hashable {
    /// Database id; nil before insertion.
    public var id: Int64?
    /// The document it was first found in.
    public var documentId: Int64
    /// The claim as currently stated (a reviewer may restate it).
    public var text: String
    /// The claim as first extracted or added; never changes.
    public var originalText: String
    /// Type.
    public var type: ClaimType
    /// Review status.
    public var status: ClaimStatus
    /// Check-worthiness, 0…1.
    public var score: Double
    /// Whether the text hedges it.
    public var hedged: Bool
    /// Who said it.
    public var speaker: String?
    /// What the speaker is (person, organisation, anonymous source, document); nil without a speaker, and for
    /// claims stored before this was recorded.
    public var speakerKind: SpeakerKind?
    /// The words that hedge it, as written; nil when it is not hedged (and for claims stored before this was recorded).
    public var hedge: String?
    /// Normalised numbers.
    public var numbers: [NumberValue]
    /// Normalised dates.
    public var dates: [DateValue]
    /// The signals behind the score.
    public var signals: [Signal]
    /// Duplicate fingerprint.
    public var fingerprint: String
    /// How it was found: `extractor` or `manual`.
    public var method: String
    /// The claim it was merged into, when a reviewer merged it.
    public var mergedIntoId: Int64?
    /// Creation time, ISO 8601 UTC.
    public var createdAt: String

    /// Creates a claim.
    public init(
        id: Int64? = nil,
        documentId: Int64,
        text: String,
        originalText: String? = nil,
        type: ClaimType,
        status: ClaimStatus = .unverified,
        score: Double,
        hedged: Bool,
        speaker: String?,
        speakerKind: SpeakerKind? = nil,
        hedge: String? = nil,
        numbers: [NumberValue],
        dates: [DateValue],
        signals: [Signal],
        fingerprint: String,
        method: String = "extractor",
        mergedIntoId: Int64? = nil,
        createdAt: String
    ) {
        self.id = id
        self.documentId = documentId
        self.text = text
        self.originalText = originalText ?? text
        self.type = type
        self.status = status
        self.score = score
        self.hedged = hedged
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.hedge = hedge
        self.numbers = numbers
        self.dates = dates
        self.signals = signals
        self.fingerprint = fingerprint
        self.method = method
        self.mergedIntoId = mergedIntoId
        self.createdAt = createdAt
    }
}

/// One place a claim occurs in a document.
public struct Occurrence: Sendable, Codable, Hashable {
    /// Database id; nil before insertion.
    public var id: Int64?
    /// The claim.
    public var claimId: Int64
    /// The document.
    public var documentId: Int64
    /// Offset of the first code point in the document's stored text.
    public var start: Int
    /// Offset one past the last code point.
    public var end: Int
    /// The text between `start` and `end`.
    public var exact: String
    /// Up to 32 code points before.
    public var prefix: String
    /// Up to 32 code points after.
    public var suffix: String

    /// Creates an occurrence from a span.
    public init(id: Int64? = nil, claimId: Int64, documentId: Int64, span: TextSpan) {
        self.id = id
        self.claimId = claimId
        self.documentId = documentId
        self.start = span.start
        self.end = span.end
        self.exact = span.exact
        self.prefix = span.prefix
        self.suffix = span.suffix
    }

    /// The occurrence as a span.
    public var span: TextSpan {
        TextSpan(start: start, end: end, exact: exact, prefix: prefix, suffix: suffix)
    }
}

/// A link between two claims found to state the same thing (across documents or languages).
public struct ClaimLink: Sendable, Codable, Hashable {
    /// Database id; nil before insertion.
    public var id: Int64?
    /// The newer claim.
    public var claimId: Int64
    /// The existing claim it matches.
    public var linkedClaimId: Int64
    /// Why they match (`same numbers and dates, word overlap 0.62`).
    public var reason: String
    /// Match strength, 0…1.
    public var score: Double

    /// Creates a link.
    public init(id: Int64? = nil, claimId: Int64, linkedClaimId: Int64, reason: String, score: Double) {
        self.id = id
        self.claimId = claimId
        self.linkedClaimId = linkedClaimId
        self.reason = reason
        self.score = score
    }
}
