public import ClaimDeskModel
import ClaimDeskText
/// Renders one claim in full for the terminal: provenance, values, score explanation, sources, links, history.
public enum ClaimDetailText {
    /// The claim as readable text.
    public static func render(_ detail: ClaimDetail) -> String {
        let claim = detail.claim
        let id = PublicID.format(optional: claim.id, as: .claim) ?? "claim"
        var lines = ["Claim \(id) (document \(PublicID.format(claim.documentId, as: .document)))", "  \(claim.text)"]
        if claim.text != claim.originalText { lines.append("  originally: \(claim.originalText)") }
        lines.append("")
        lines.append("  type:     \(claim.type.rawValue)")
        lines.append("  status:   \(claim.status.rawValue)")
        if let merged = claim.mergedIntoId { lines.append("  merged into \(PublicID.format(merged, as: .claim))") }
        lines.append("  speaker:  \(claim.speaker ?? "-")")
        lines.append("  hedged:   \(claim.hedged ? "yes" : "no")")
        if !claim.numbers.isEmpty {
            let numbers = claim.numbers.map {
                "\($0.text) = \(NumberText.plain($0.value))\($0.unit.map { " " + $0 } ?? "")"
            }
            lines.append("  numbers:  " + numbers.joined(separator: "; "))
        }
        if !claim.dates.isEmpty {
            lines.append("  dates:    " + claim.dates.map { "\($0.text) = \($0.value)" }.joined(separator: "; "))
        }
        lines.append("  found by: \(claim.method)")
        lines.append("  score:    \(format(claim.score))")
        if !claim.signals.isEmpty {
            lines.append("  because:")
            for signal in claim.signals.sorted(by: { abs($0.weight) > abs($1.weight) }) {
                lines.append("    \(signal.weight >= 0 ? "+" : "-")\(format(abs(signal.weight)))  \(signal.name)")
            }
        }
        lines.append("")
        lines.append("  occurrences (\(detail.occurrences.count)):")
        for occurrence in detail.occurrences {
            lines.append(
                "    \(PublicID.format(occurrence.documentId, as: .document)) [\(occurrence.start)..<\(occurrence.end)] …\(oneLine(occurrence.prefix))[\(oneLine(occurrence.exact))]\(oneLine(occurrence.suffix))…"
            )
        }
        if !detail.sources.isEmpty {
            lines.append("")
            lines.append("  sources:")
            for source in detail.sources {
                let state = source.source.removed ? " (removed)" : ""
                let sourceId = PublicID.format(optional: source.source.id, as: .source) ?? ""
                lines.append("    \(sourceId) \(source.source.stance.rawValue) \(source.source.url)\(state)")
                if let excerpt = source.source.excerpt { lines.append("       excerpt: \(oneLine(excerpt))") }
                if let capture = source.latestCapture {
                    let status = capture.httpStatus.map(String.init) ?? (capture.error ?? "no response")
                    let found = capture.excerptFound.map { ", excerpt \($0.rawValue)" } ?? ""
                    lines.append("       last checked \(capture.fetchedAt): \(status)\(found)")
                }
            }
        }
        if !detail.links.isEmpty {
            lines.append("")
            lines.append("  linked claims:")
            for link in detail.links {
                let other = link.claimId == claim.id ? link.linkedClaimId : link.claimId
                lines.append("    \(PublicID.format(other, as: .claim)) (\(format(link.score))): \(link.reason)")
            }
        }
        if !detail.events.isEmpty {
            lines.append("")
            lines.append("  history:")
            for event in detail.events {
                var line = "    \(event.at) \(event.actor) \(event.action.rawValue)"
                if let field = event.field { line += " \(field)" }
                if event.fromValue != nil || event.toValue != nil, event.action != .extract {
                    line += ": \(event.fromValue ?? "∅") → \(event.toValue ?? "∅")"
                }
                if event.isOverride { line += " [OVERRIDE]" }
                if let note = event.note { line += " — \(oneLine(note))" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String { NumberText.twoDecimals(value) }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: "⏎")
    }
}
