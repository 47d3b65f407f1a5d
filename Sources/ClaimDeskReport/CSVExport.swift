public import ClaimDeskModel
import ClaimDeskText
/// One row per claim, as RFC 4180 CSV: UTF-8, a header row, CRLF line ends, fields quoted when they hold a
/// comma, a double quote, CR or LF (quotes doubled).
///
/// Untrusted text fields that start with `=`, `+`, `-`, `@`, tab or CR get a leading `'`, so a spreadsheet opening
/// the file does not evaluate them as formulas (OWASP "CSV injection").
public enum CSVExport {
    /// The columns, in order.
    public static let columns = [
        "document", "document_slug", "document_title", "document_url", "published", "claim", "status", "type",
        "score", "hedged", "speaker", "text", "exact", "start", "end", "numbers", "dates", "sources", "supporting",
        "refuting", "status_by", "status_at", "merged_into",
    ]

    /// The CSV text of every claim of `documents`, in document then claim order.
    public static func export(_ documents: [DocumentDetail]) -> String {
        let ordered = ReportOrder.documents(documents)
        let slugs = DocumentSlug.uniqueSlugs(for: ordered.map(\.document))
        var rows = [columns.map(field).joined(separator: ",")]
        for (detail, slug) in zip(ordered, slugs) {
            for claim in ReportOrder.claims(detail.claims) {
                rows.append(row(claim, document: detail.document, slug: slug).joined(separator: ","))
            }
        }
        return rows.map { $0 + "\r\n" }.joined()
    }

    private static func row(_ detail: ClaimDetail, document: Document, slug: String) -> [String] {
        let claim = detail.claim
        let first = ReportOrder.occurrences(detail.occurrences).first { $0.documentId == document.id }
        let active = detail.sources.filter { !$0.source.removed }
        let verdict = ReportOrder.events(detail.events).last { $0.action == .status }
        let values: [String] = [
            PublicID.format(optional: document.id, as: .document) ?? "",
            slug,
            text(document.title ?? ""),
            text(document.url ?? ""),
            document.published ?? "",
            PublicID.format(optional: claim.id, as: .claim) ?? "",
            claim.status.rawValue,
            claim.type.rawValue,
            ClaimSection.score(claim.score),
            claim.hedged ? "true" : "false",
            text(claim.speaker ?? ""),
            text(claim.text),
            text(first?.exact ?? ""),
            first.map { String($0.start) } ?? "",
            first.map { String($0.end) } ?? "",
            claim.numbers.map { n in ClaimSection.formatNumber(n.value) + (n.unit.map { " \($0)" } ?? "") }
                .joined(separator: "; "),
            claim.dates.map(\.value).joined(separator: "; "),
            String(active.count),
            String(active.filter { $0.source.stance == .supports }.count),
            String(active.filter { $0.source.stance == .refutes }.count),
            text(verdict?.actor ?? ""),
            verdict?.at ?? "",
            PublicID.format(optional: claim.mergedIntoId, as: .claim) ?? "",
        ]
        return values.map(field)
    }

    /// An untrusted text value, defused against spreadsheet formula evaluation, its control characters (ESC
    /// sequences, bidi overrides…) made visible as for a terminal (``TerminalText``).
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
            return TerminalText.sanitize(value)
        }
        return "'" + TerminalText.sanitize(value)
    }

    /// A field, quoted when it must be (RFC 4180 §2.6–2.7).
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { out += "\"" }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }
}
