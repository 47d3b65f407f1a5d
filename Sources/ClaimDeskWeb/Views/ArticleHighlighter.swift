package import ClaimDeskModel

/// Renders a document's stored text with every claim occurrence highlighted in place.
///
/// Occurrences are stored as Unicode scalar offsets. The text is cut at every start and end, so overlapping
/// occurrences give segments covered by several claims: such a segment links to the innermost claim, lists every
/// claim in `data-claims` and is marked `overlap`. Each segment carries `data-o`, its start in UTF-16 units (what
/// the browser counts), so a selection can be sent back as offsets the server converts. An empty anchor
/// `id="occ-N"` marks where occurrence N starts.
package enum ArticleHighlighter {
    /// One occurrence to highlight.
    package struct Mark: Sendable, Hashable {
        /// The occurrence.
        package var occurrenceId: Int64
        /// Its claim.
        package var claimId: Int64
        /// The claim's status (its colour).
        package var status: ClaimStatus
        /// Start, scalar offset.
        package var start: Int
        /// End (exclusive), scalar offset.
        package var end: Int

        package init(occurrenceId: Int64, claimId: Int64, status: ClaimStatus, start: Int, end: Int) {
            self.occurrenceId = occurrenceId
            self.claimId = claimId
            self.status = status
            self.start = start
            self.end = end
        }
    }

    /// The marks of every occurrence, in `documentId`, of the given claims.
    package static func marks(of claims: [ClaimDetail], in documentId: Int64) -> [Mark] {
        claims.flatMap { detail in
            detail.occurrences.filter { $0.documentId == documentId }.map {
                Mark(
                    occurrenceId: $0.id ?? 0,
                    claimId: detail.claim.id ?? 0,
                    status: detail.claim.status,
                    start: $0.start,
                    end: $0.end
                )
            }
        }
    }

    /// The text as HTML, with `marks` highlighted (marks outside the text are clamped; empty ones are dropped).
    package static func render(_ text: String, marks: [Mark]) -> HTML {
        let scalars = Array(text.unicodeScalars)
        let offsets = TextOffsets(text)
        let count = scalars.count
        let valid = marks.compactMap { mark -> Mark? in
            var mark = mark
            mark.start = min(max(mark.start, 0), count)
            mark.end = min(max(mark.end, 0), count)
            return mark.start < mark.end ? mark : nil
        }
        var cuts = Set([0, count])
        for mark in valid {
            cuts.insert(mark.start)
            cuts.insert(mark.end)
        }
        let sortedCuts = cuts.sorted()
        let anchors = Dictionary(grouping: valid, by: \.start)
        var parts: [HTML] = []
        for (a, b) in zip(sortedCuts, sortedCuts.dropFirst()) {
            for mark in (anchors[a] ?? []).sorted(by: { $0.occurrenceId < $1.occurrenceId }) {
                parts.append("<span class=\"anchor\" id=\"occ-\(Int(mark.occurrenceId))\"></span>")
            }
            let piece = String(String.UnicodeScalarView(scalars[a..<b]))
            let unit = offsets.utf16Offset(ofScalar: a)
            let covering = valid.filter { $0.start <= a && $0.end >= b }
            guard !covering.isEmpty else {
                parts.append("<span data-o=\"\(unit)\">\(piece)</span>")
                continue
            }
            let inner =
                covering.min { ($0.end - $0.start, $0.claimId) < ($1.end - $1.start, $1.claimId) } ?? covering[0]
            let claimIds = Array(Set(covering.map(\.claimId))).sorted()
            let ids = claimIds.map { PublicID.format($0, as: .claim) }.joined(separator: " ")
            let overlap: HTML = claimIds.count > 1 ? " overlap" : ""
            let label = claimIds.count > 1 ? "claims \(ids)" : "claim \(ids)"
            let innerId = PublicID.format(inner.claimId, as: .claim)
            parts.append(
                """
                <a class="hl st-\(inner.status.rawValue)\(overlap)" href="/claims/\(innerId)" data-o="\(unit)" \
                data-claims="\(ids)" title="\(label)">\(piece)</a>
                """
            )
        }
        return HTML.join(parts)
    }
}
