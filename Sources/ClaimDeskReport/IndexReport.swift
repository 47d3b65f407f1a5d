public import ClaimDeskModel
import ClaimDeskText
/// The workspace index report (`Reports/index.md`): one row per document, linking to its report, and the claims
/// of the whole workspace by status.
public enum IndexReport {
    /// Renders the index.
    ///
    /// - Parameters:
    ///   - documents: every document of the workspace.
    ///   - options: the status filter (applied to the per-document counts of shown claims) and generation time.
    /// - Returns: GitHub-Flavored Markdown, ending with a newline. Each document links to `<slug>.md`, its report
    ///   in the same folder, with the slug from ``DocumentSlug/uniqueSlugs(for:)``.
    public static func render(_ documents: [DocumentDetail], options: MarkdownReport.Options = .init()) -> String {
        let ordered = ReportOrder.documents(documents)
        let slugs = DocumentSlug.uniqueSlugs(for: ordered.map(\.document))
        var lines = ["# Claim review index", ""]
        if let generatedAt = options.generatedAt {
            lines += ["Generated \(generatedAt.markdownEscaped).", ""]
        }
        lines += ["## Documents", ""]
        if ordered.isEmpty {
            lines += ["No documents.", ""]
        } else {
            lines.append("| Document | Published | Language | Claims | Verdicts | Open | Needs attention |")
            lines.append("| --- | --- | --- | ---: | ---: | ---: | ---: |")
            for (detail, slug) in zip(ordered, slugs) {
                let claims = detail.claims.filter { options.shows($0.claim) }
                let verdicts = claims.filter { $0.claim.status.isVerdict }.count
                let open = claims.filter { $0.claim.status == .unverified || $0.claim.status == .inReview }.count
                let attention = claims.flatMap(AttentionItem.items(for:)).count
                let title = MarkdownReport.displayTitle(detail.document).markdownEscaped
                let cells = [
                    "[\(title.isEmpty ? slug : title)](\(slug).md)",
                    (detail.document.published ?? "").markdownTableCell,
                    detail.document.lang.rawValue,
                    "\(claims.count)", "\(verdicts)", "\(open)", "\(attention)",
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        let all = ordered.flatMap(\.claims).map(\.claim)
        lines += ["## Claims by status", ""]
        lines += MarkdownReport.countTable(
            header: "Status",
            counts: ClaimStatus.allCases.map { status in (status.rawValue, all.filter { $0.status == status }.count) }
        )
        return lines.joined(separator: "\n") + "\n"
    }
}
