import ClaimDeskText
/// A number found in a claim, normalised.
///
/// "1,5 million" becomes `1500000` with no unit; "12,4 %" becomes `12.4` with unit `%`;
/// "3,2 milliards d'euros" becomes `3200000000` with unit `EUR`.
public struct NumberValue: Sendable, Codable, Hashable {
    /// The normalised value.
    public var value: Double
    /// The unit: `%`, an ISO 4217 currency code, or a unit word; nil for a bare count.
    public var unit: String?
    /// The text the value was read from, as written.
    public var text: String
    /// For a range ("entre 18 et 25 ans", "aged 18 to 24"), its bounds; `value` is then the lower bound.
    public var range: NumberRange?
    /// For a signed value or a change, `+` or `-` ("+41 %", "-0,2 point", "en baisse de 5 pts", "rose 12%");
    /// a fall makes `value` negative. Nil for a level ("à 7,3 %").
    public var sign: String?

    /// Creates a number value.
    public init(value: Double, unit: String? = nil, text: String, range: NumberRange? = nil, sign: String? = nil) {
        self.value = value
        self.unit = unit
        self.text = text
        self.range = range
        self.sign = sign
    }
}

/// The bounds of a range of numbers, both included.
public struct NumberRange: Sendable, Codable, Hashable {
    /// The lower bound.
    public var from: Double
    /// The upper bound.
    public var to: Double

    /// Creates a range.
    public init(from: Double, to: Double) {
        self.from = from
        self.to = to
    }
}

/// A date found in a claim, as ISO 8601 with reduced precision.
///
/// Values look like `2023`, `2026-02`, `2026-03-07` or `2026-Q1`; a range is an ISO 8601 interval of two of
/// them, `2012/2024` or `2026-03-03/2026-03-09`.
public struct DateValue: Sendable, Codable, Hashable {
    /// The normalised date.
    public var value: String
    /// The text the date was read from, as written.
    public var text: String

    /// Creates a date value.
    public init(value: String, text: String) {
        self.value = value
        self.text = text
    }
}

/// One named reason behind a check-worthiness score, with its contribution.
public struct Signal: Sendable, Codable, Hashable {
    /// The signal's name, such as `number`, `reporting_verb` or `question`.
    public var name: String
    /// Its contribution to the score's log-odds (negative signals lower the score).
    public var weight: Double

    /// Creates a signal.
    public init(name: String, weight: Double) {
        self.name = name
        self.weight = weight
    }
}
