import ClaimDeskModel
import ClaimDeskText
internal import Foundation

/// The section of a ``MarkdownReport`` about one claim: quote, place, facts, status, sources and history.
enum ClaimSection {
    /// Renders one claim, ending with a blank line.
    static func render(_ detail: ClaimDetail, documentId: Int64?, paragraphs: ParagraphIndex) -> [String] {
        let claim = detail.claim
        let name = claim.id.map { PublicID.format($0, as: .claim) } ?? "claim"
        var lines = ["### \(name)", ""]
        let occurrences = ReportOrder.occurrences(detail.occurrences)
        let local = occurrences.filter { documentId == nil || $0.documentId == documentId }
        if let first = local.first ?? occurrences.first {
            lines += quote(first.exact)
            lines.append("")
        }
        var facts: [String] = []
        facts.append("**Claim:** \(claim.text.markdownEscaped)")
        if claim.originalText != claim.text {
            facts.append("**Originally extracted as:** \(claim.originalText.markdownEscaped)")
        }
        if !occurrences.isEmpty {
            facts.append(
                "**Place:** "
                    + occurrences.map { place($0, documentId: documentId, paragraphs: paragraphs) }
                    .joined(separator: "; ")
            )
        }
        facts.append(
            "**Type:** \(claim.type.rawValue) · **Score:** \(score(claim.score)) · **Hedged:** \(claim.hedged ? "yes" : "no")"
        )
        facts.append("**Speaker:** \(claim.speaker.map(\.markdownEscaped) ?? "—")")
        if !claim.numbers.isEmpty {
            facts.append("**Numbers:** " + claim.numbers.map(number).joined(separator: "; "))
        }
        if !claim.dates.isEmpty {
            facts.append(
                "**Dates:** "
                    + claim.dates.map { "\($0.value.markdownEscaped) (“\($0.text.markdownEscaped)”)" }
                    .joined(separator: "; ")
            )
        }
        facts.append("**Status:** \(status(detail))")
        if let merged = claim.mergedIntoId {
            facts.append("**Merged into:** \(MarkdownReport.claimAnchor(merged))")
        }
        let links = detail.links.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        if !links.isEmpty {
            facts.append(
                "**Same claim as:** "
                    + links.map { link in
                        let other = link.claimId == claim.id ? link.linkedClaimId : link.claimId
                        return
                            "`\(PublicID.format(other, as: .claim))` (\(score(link.score)), \(link.reason.markdownEscaped))"
                    }.joined(separator: "; ")
            )
        }
        lines += facts.map { "- \($0)" }
        lines.append("")
        lines += sources(detail.sources)
        lines += history(detail.events)
        return lines
    }

    /// A blockquote of the exact text, one quoted line per line of the text, blank lines kept as `>`.
    static func quote(_ exact: String) -> [String] {
        exact.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let escaped = String(line).markdownEscaped
            return escaped.isEmpty ? ">" : "> \(escaped)"
        }
    }

    /// `paragraph 4, characters 120–245`, with the document when it is another one.
    private static func place(_ occurrence: Occurrence, documentId: Int64?, paragraphs: ParagraphIndex) -> String {
        let range = "characters \(occurrence.start)–\(occurrence.end)"
        guard documentId == nil || occurrence.documentId == documentId else {
            return "`\(PublicID.format(occurrence.documentId, as: .document))` \(range)"
        }
        return "paragraph \(paragraphs.paragraph(at: occurrence.start)), \(range)"
    }

    /// A score with two decimals.
    static func score(_ value: Double) -> String {
        NumberText.twoDecimals(value)
    }

    /// `1500000 (“1,5 million”)`, with the unit when there is one.
    private static func number(_ value: NumberValue) -> String {
        let unit = value.unit.map { " \($0.markdownEscaped)" } ?? ""
        return "\(formatNumber(value.value))\(unit) (“\(value.text.markdownEscaped)”)"
    }

    /// A number without a trailing `.0`, in plain (not scientific) notation for whole values.
    static func formatNumber(_ value: Double) -> String { NumberText.plain(value) }

    /// `verified, by alice on 2026-03-10T10:00:00Z` from the last `status` event.
    private static func status(_ detail: ClaimDetail) -> String {
        let status = "**\(detail.claim.status.rawValue)**"
        guard let event = ReportOrder.events(detail.events).last(where: { $0.action == .status }) else {
            return status
        }
        return "\(status), by \(event.actor.markdownEscaped) on \(event.at.markdownEscaped)"
    }

    /// The sources table.
    private static func sources(_ sources: [SourceDetail]) -> [String] {
        guard !sources.isEmpty else { return ["No sources.", ""] }
        var lines = [
            "| Source | Link | Stance | Excerpt | Latest capture |",
            "| --- | --- | --- | --- | --- |",
        ]
        for detail in ReportOrder.sources(sources) {
            let source = detail.source
            let id = source.id.map { "`\(PublicID.format($0, as: .source))`" } ?? "—"
            let title = source.title ?? source.publisher ?? ""
            let link = String.markdownLink(title.isEmpty ? source.url : title, url: source.url)
            let stance = source.removed ? "\(source.stance.rawValue) (removed)" : source.stance.rawValue
            let excerpt = source.excerpt.map { "“\($0.markdownEscaped)”" } ?? "—"
            lines.append("| \(id) | \(link) | \(stance) | \(excerpt) | \(capture(detail.latestCapture)) |")
        }
        lines.append("")
        return lines
    }

    /// `200 · 2026-03-10T10:00:00Z · `ab12cd34` · excerpt exact`, or `not captured`.
    private static func capture(_ capture: Capture?) -> String {
        guard let capture else { return "not captured" }
        var parts: [String] = []
        if let error = capture.error {
            parts.append("error \(error.markdownEscaped)")
        } else if let status = capture.httpStatus {
            parts.append("HTTP \(status)")
        }
        parts.append(capture.fetchedAt.markdownEscaped)
        if let sha = capture.sha256 { parts.append("`\(MarkdownReport.hexOnly(String(sha.prefix(12))))`") }
        if let found = capture.excerptFound {
            let match = capture.excerptScore.map { " \(Self.score($0))" } ?? ""
            parts.append("excerpt \(found.rawValue)\(match)")
        }
        return parts.joined(separator: " · ")
    }

    /// A value cut to `limit` code points, with an ellipsis when it was longer.
    static func compact(_ text: String, limit: Int = 60) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(limit))) + "…"
    }

    /// One line per event: `at · actor · action field: from → to — note`.
    private static func history(_ events: [Event]) -> [String] {
        guard !events.isEmpty else { return [] }
        var lines = ["<details><summary>History (\(events.count))</summary>", ""]
        for event in ReportOrder.events(events) {
            var line =
                "- \(event.at.markdownEscaped) · \(event.actor.markdownEscaped) · \(event.action.rawValue.markdownEscaped)"
            if let field = event.field, field != event.action.rawValue { line += " \(field.markdownEscaped):" }
            if event.fromValue != nil || event.toValue != nil {
                line +=
                    " \(compact(event.fromValue ?? "∅").markdownEscaped) → \(compact(event.toValue ?? "∅").markdownEscaped)"
            }
            if event.isOverride { line += " **(override)**" }
            if let note = event.note, !note.isEmpty { line += " — \(compact(note, limit: 200).markdownEscaped)" }
            lines.append(line)
        }
        lines += ["", "</details>", ""]
        return lines
    }
}
