public import ClaimDeskText
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
        self.numbers = numbers
        self.dates = dates
        self.occurrences = occurrences
        self.signals = signals
        self.fingerprint = fingerprint
    }
}
