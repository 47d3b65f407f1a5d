/// How ClaimDesk writes numbers in its outputs: one place, so every table, report, JSON file and CSV row agrees
/// and no output can crash on a value of any size.
public enum NumberText {
    /// The largest magnitude written as a whole number; beyond it (and for fractions) Swift's shortest
    /// round-tripping form is used. Below 2^53 every whole `Double` is exact, and the conversion to `Int64`
    /// cannot trap.
    static let wholeLimit = 1e15

    /// A value without a trailing `.0`: `1500000`, `-3`, `12.4`, `1e+30`, `inf`, `nan`.
    ///
    /// Whole values below 10^15 in magnitude are written as integers (plain notation); everything else
    /// (fractions, larger values, infinities, NaN) as Swift's `description` of the `Double`.
    public static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < wholeLimit { return String(Int64(value)) }
        return "\(value)"
    }

    /// A value with exactly two decimals, rounded half away from zero: `0.57`, `-0.20`, `12.00`.
    ///
    /// Non-finite values are written as `inf`, `-inf` or `nan`; magnitudes of 10^15 and more fall back to
    /// `plain(_:)`, where two decimals mean nothing.
    public static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        guard abs(value) < wholeLimit / 100 else { return plain(value) }
        let hundredths = Int64((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        let sign = value < 0 && hundredths != 0 ? "-" : ""
        return "\(sign)\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
