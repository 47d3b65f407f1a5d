public import ClaimDeskModel
import ClaimDeskText
/// The Markdown review report of one document: provenance, summary, what needs attention, then every claim.
///
/// A pure function of the records it is given: the same ``DocumentDetail`` and ``Options`` give byte-identical
/// output. Untrusted text goes through ``Swift/String/markdownEscaped`` and links through
/// ``Swift/String/markdownLink(_:url:)``, so the only elements in the rendered HTML are the template's.
///
/// ## Topics
/// - ``render(_:options:)``
/// - ``Options``
public enum MarkdownReport {
    /// What to include and how to stamp the report.
    public struct Options: Sendable, Hashable {
        /// When the report was generated, shown in the provenance table; nil leaves it out (deterministic output).
        public var generatedAt: String?
        /// Show only claims with one of these statuses; nil shows every claim.
        public var statuses: Set<ClaimStatus>?

        /// Creates options.
        public init(generatedAt: String? = nil, statuses: Set<ClaimStatus>? = nil) {
            self.generatedAt = generatedAt
            self.statuses = statuses
        }

        /// Whether a claim is shown.
        func shows(_ claim: Claim) -> Bool {
            statuses.map { $0.contains(claim.status) } ?? true
        }
    }

    /// Renders the report of one document.
    ///
    /// - Parameters:
    ///   - detail: the document with its claims, sources, captures and events.
    ///   - options: the status filter and the generation time.
    /// - Returns: GitHub-Flavored Markdown, ending with a newline.
    public static func render(_ detail: DocumentDetail, options: Options = Options()) -> String {
        let document = detail.document
        let claims = ReportOrder.claims(detail.claims)
        let shown = claims.filter { options.shows($0.claim) }
        let paragraphs = ParagraphIndex(document.text)
        var lines: [String] = []
        lines.append("# Claim review: \(displayTitle(document).markdownEscaped)")
        lines.append("")
        lines += provenance(document, generatedAt: options.generatedAt)
        lines.append("")
        lines += summary(all: claims.map(\.claim), shown: shown.count)
        lines.append("")
        lines += attention(shown)
        lines.append("")
        lines.append("## Claims")
        lines.append("")
        if shown.isEmpty {
            lines.append("No claims to show.")
            lines.append("")
        }
        for claim in shown {
            lines += ClaimSection.render(claim, documentId: document.id, paragraphs: paragraphs)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The title a report shows: the document's title, else its origin.
    static func displayTitle(_ document: Document) -> String {
        if let title = document.title, !title.trimmingWhitespace().isEmpty { return title }
        return document.origin
    }

    /// The provenance table.
    private static func provenance(_ document: Document, generatedAt: String?) -> [String] {
        var rows: [(String, String)] = []
        rows.append(("Document", document.id.map { "`\(PublicID.format($0, as: .document))`" } ?? "—"))
        rows.append(("Title", (document.title ?? "").markdownTableCell))
        rows.append(("Origin", document.origin.markdownTableCell))
        rows.append(("URL", document.url.map(String.markdownURL) ?? "—"))
        rows.append(("Published", (document.published ?? "").markdownTableCell))
        if let publisher = document.publisher { rows.append(("Publisher", publisher.markdownTableCell)) }
        if let author = document.author { rows.append(("Author", author.markdownTableCell)) }
        rows.append(("Language", document.lang.rawValue))
        rows.append(("SHA-256", "`\(hexOnly(document.sha256))`"))
        rows.append(("Size", "\(document.size) bytes"))
        rows.append(("Ingested", document.ingestedAt.markdownTableCell))
        rows.append(("Tool version", document.toolVersion.markdownTableCell))
        if let previous = document.previousVersionId {
            rows.append(("Previous version", "`\(PublicID.format(previous, as: .document))`"))
        }
        if let generatedAt { rows.append(("Report generated", generatedAt.markdownTableCell)) }
        var lines = ["## Provenance", "", "| Field | Value |", "| --- | --- |"]
        lines += rows.map { "| \($0.0) | \($0.1) |" }
        return lines
    }

    /// The tables of claims by status and by type.
    private static func summary(all claims: [Claim], shown: Int) -> [String] {
        var lines = ["## Summary", ""]
        let noun = claims.count == 1 ? "claim" : "claims"
        if shown == claims.count {
            lines.append("\(claims.count) \(noun).")
        } else {
            lines.append("\(claims.count) \(noun), \(shown) shown.")
        }
        lines.append("")
        lines += countTable(
            header: "Status",
            counts: ClaimStatus.allCases.map { status in
                (status.rawValue, claims.filter { $0.status == status }.count)
            }
        )
        lines.append("")
        lines += countTable(
            header: "Type",
            counts: ClaimType.allCases.map { type in
                (type.rawValue, claims.filter { $0.type == type }.count)
            }
        )
        return lines
    }

    /// A two-column count table listing the non-zero rows and a total.
    static func countTable(header: String, counts: [(String, Int)]) -> [String] {
        var lines = ["| \(header) | Claims |", "| --- | ---: |"]
        for (name, count) in counts where count > 0 { lines.append("| \(name) | \(count) |") }
        lines.append("| **Total** | **\(counts.reduce(0) { $0 + $1.1 })** |")
        return lines
    }

    /// The "Needs attention" section.
    private static func attention(_ claims: [ClaimDetail]) -> [String] {
        var lines = ["## Needs attention", ""]
        let items = claims.flatMap(AttentionItem.items(for:))
        if items.isEmpty {
            lines.append("Nothing needs attention.")
            return lines
        }
        for item in items {
            let claim = item.claimId.map { claimAnchor($0) } ?? "—"
            let source = item.sourceId.map { " `\(PublicID.format($0, as: .source))`" } ?? ""
            lines.append("- \(claim)\(source) **\(label(item.kind))**: \(item.detail.markdownEscaped)")
        }
        return lines
    }

    /// A link to a claim's heading in this report.
    static func claimAnchor(_ id: Int64) -> String {
        let name = PublicID.format(id, as: .claim)
        return "[`\(name)`](#\(name))"
    }

    /// The label of an attention kind.
    private static func label(_ kind: AttentionItem.Kind) -> String {
        switch kind {
        case .verifiedWithoutSupport: "Verified without support"
        case .excerptAbsent: "Excerpt absent"
        case .deadSource: "Dead source"
        case .movedSource: "Moved source"
        case .override: "Override"
        case .hedgedUnverified: "Hedged, unverified"
        }
    }

    /// A hash or hash prefix reduced to hex digits, so it is safe inside a code span.
    static func hexOnly(_ text: String) -> String {
        let hex = text.filter(\.isHexDigit)
        return hex.isEmpty ? "?" : hex
    }
}
