public import ClaimDeskText
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

    /// Creates a number value.
    public init(value: Double, unit: String? = nil, text: String) {
        self.value = value
        self.unit = unit
        self.text = text
    }
}

/// A date found in a claim, as ISO 8601 with reduced precision.
///
/// Values look like `2023`, `2026-02`, `2026-03-07` or `2026-Q1`.
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
