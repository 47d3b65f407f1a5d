import ClaimDeskText
/// A check-worthy claim found in a text by the extraction engine, before it is stored.
///
/// A claim that the text repeats has one occurrence per repetition.
public struct ExtractedClaim: Sendable, Codable, Hashable {
    /// The claim's text: the sentence or quoted span it was found in.
    public var text: String
    /// Its type.
    public var type: ClaimType
    /// Check-worthiness, 0…1.
    public var score: Double
    /// Whether the text hedges it (conditionnel, "reportedly", "selon des sources").
    public var hedged: Bool
    /// Who said it, for quotes and reported speech.
    public var speaker: String?
    /// What the speaker is (a person, an organisation, an anonymous source, a document), when there is one.
    public var speakerKind: SpeakerKind?
    /// The words that hedge the claim, as written ("aurait reçu", "is expected to"), when it is hedged.
    public var hedge: String?
    /// Normalised numbers.
    public var numbers: [NumberValue]
    /// Normalised dates.
    public var dates: [DateValue]
    /// Where it occurs in the text, in order.
    public var occurrences: [TextSpan]
    /// The signals behind the score.
    public var signals: [Signal]
    /// The duplicate fingerprint: the normalised text (case, punctuation, quotes, diacritics folded).
    public var fingerprint: String

    /// Creates an extracted claim.
    public init(
        text: String,
        type: ClaimType,
        score: Double,
        hedged: Bool,
        speaker: String?,
        speakerKind: SpeakerKind? = nil,
        hedge: String? = nil,
        numbers: [NumberValue],
        dates: [DateValue],
        occurrences: [TextSpan],
        signals: [Signal],
        fingerprint: String
    ) {
        self.text = text
        self.type = type
        self.score = score
        self.hedged = hedged
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.hedge = hedge
        self.numbers = numbers
        self.dates = dates
        self.occurrences = occurrences
        self.signals = signals
        self.fingerprint = fingerprint
    }
}

/// What kind of source a claim is attributed to.
public enum SpeakerKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// A named person, or a role that stands for one ("the minister", "le suspect").
    case person
    /// An institution, company, party, medium or group ("Insee", "le parquet de Lyon", "the company").
    case organisation
    /// An unnamed source ("source judiciaire", "people familiar with the matter", "two officials").
    case anonymous
    /// A document or a data set ("le bulletin hebdomadaire de l'ARS", "the annual report", "un sondage Ifop").
    case document
}
