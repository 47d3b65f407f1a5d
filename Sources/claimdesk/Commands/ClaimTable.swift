import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport

/// Renders extracted claims as a plain-text table.
enum ClaimTable {
    static func render(_ claims: [ExtractedClaim]) -> String {
        var out =
            pad("#", 3) + pad("type", 12) + pad("score", 6) + pad("hedged", 7) + pad("speaker", 20)
            + pad("numbers/dates", 26) + "text\n"
        for (index, claim) in claims.enumerated() {
            let values =
                claim.numbers.map { number in NumberText.plain(number.value) + (number.unit.map { " \($0)" } ?? "") } + claim.dates.map(\.value)
            let occurrences = claim.occurrences.count > 1 ? " (×\(claim.occurrences.count))" : ""
            out +=
                pad("\(index + 1)", 3) + pad(claim.type.rawValue, 12)
                + pad(NumberText.twoDecimals(claim.score), 6) + pad(claim.hedged ? "yes" : "", 7)
                + pad(claim.speaker ?? "", 20) + pad(values.joined(separator: ", "), 26)
                + truncate(claim.text.replacingLineBreaks(), 90) + occurrences + "\n"
        }
        out += "\(claims.count) claims\n"
        return out
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let cut = truncate(text, width - 1)
        return cut + String(repeating: " ", count: max(1, width - cut.count))
    }

    private static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }
}
