import ClaimDeskText
/// The deterministic orders reports and exports list records in, whatever order they were handed in.
package enum ReportOrder {
    /// Claims by first occurrence (start offset), then id.
    package static func claims(_ claims: [ClaimDetail]) -> [ClaimDetail] {
        claims.sorted { lhs, rhs in
            let left = lhs.occurrences.map(\.start).min() ?? Int.max
            let right = rhs.occurrences.map(\.start).min() ?? Int.max
            if left != right { return left < right }
            return (lhs.claim.id ?? 0) < (rhs.claim.id ?? 0)
        }
    }

    /// Occurrences by document, then start offset, then id.
    package static func occurrences(_ occurrences: [Occurrence]) -> [Occurrence] {
        occurrences.sorted {
            ($0.documentId, $0.start, $0.id ?? 0) < ($1.documentId, $1.start, $1.id ?? 0)
        }
    }

    /// Sources by id.
    package static func sources(_ sources: [SourceDetail]) -> [SourceDetail] {
        sources.sorted { ($0.source.id ?? 0) < ($1.source.id ?? 0) }
    }

    /// Events by id, then time (the chain order).
    package static func events(_ events: [Event]) -> [Event] {
        events.sorted { ($0.id ?? 0, $0.at) < ($1.id ?? 0, $1.at) }
    }

    /// Documents by publication date, then id.
    package static func documents(_ documents: [DocumentDetail]) -> [DocumentDetail] {
        documents.sorted {
            ($0.document.published ?? "", $0.document.id ?? 0) < ($1.document.published ?? "", $1.document.id ?? 0)
        }
    }
}

/// Finds the paragraph a code-point offset falls in.
///
/// Paragraphs are the `"\n"`-separated lines that are not blank; the paragraph number of an offset is the count
/// of such lines that start at or before it (1-based), so blank lines between paragraphs are not counted.
package struct ParagraphIndex: Sendable {
    /// Code-point offsets where non-blank lines start.
    private var starts: [Int] = []

    /// Indexes a text.
    package init(_ text: String) {
        var lineStart = 0
        var blank = true
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !blank { starts.append(lineStart) }
                lineStart = offset + 1
                blank = true
            } else if !scalar.properties.isWhitespace {
                blank = false
            }
            offset += 1
        }
        if !blank { starts.append(lineStart) }
    }

    /// The 1-based paragraph number of `offset`, 0 when it precedes every paragraph.
    package func paragraph(at offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
