import ClaimDeskModel
import ClaimDeskText

/// Small pieces shared by the pages: status badges, status bars, claim rows.
enum Fragments {
    /// A claim's public id.
    static func claimID(_ claim: Claim) -> String { PublicID.format(claim.id ?? 0, as: .claim) }

    /// A document's public id.
    static func documentID(_ document: Document) -> String { PublicID.format(document.id ?? 0, as: .document) }

    /// A status as a coloured badge with its words.
    static func badge(_ status: ClaimStatus) -> HTML {
        "<span class=\"badge st-\(status.rawValue)\">\(FormWording.label(status))</span>"
    }

    /// A document's claims by status: one square per claim (up to 60) and the counts in words.
    static func statusBar(_ counts: [ClaimStatus: Int]) -> HTML {
        let present = ClaimStatus.allCases.filter { (counts[$0] ?? 0) > 0 }
        guard !present.isEmpty else { return "<span class=\"muted\">no claims</span>" }
        var squares: [HTML] = []
        for status in present {
            for _ in 0..<min(counts[status] ?? 0, 60) { squares.append("<i class=\"sq st-\(status.rawValue)\"></i>") }
        }
        let words = present.map { "\(counts[$0] ?? 0) \(FormWording.label($0))" }.joined(separator: ", ")
        return
            "<span class=\"bar\" aria-hidden=\"true\">\(HTML.join(squares.prefix(60)))</span> <span class=\"counts\">\(words)</span>"
    }

    /// A claim in a list: id, status, score, text, with a link to its panel.
    static func claimRow(_ detail: ClaimDetail, extra: HTML = .empty) -> HTML {
        let claim = detail.claim
        let id = claimID(claim)
        let hedge: HTML = claim.hedged ? " <span class=\"tag\">hedged</span>" : ""
        let speaker: HTML = claim.speaker.map { " <span class=\"speaker\">— \($0)</span>" } ?? .empty
        return """
            <li class="claim-item" data-claim="\(id)">\
            <a class="claim-link" href="/claims/\(id)"><span class="cid">\(id)</span> \(badge(claim.status)) \
            <span class="score" title="check-worthiness">\(NumberText.twoDecimals(claim.score))</span> \
            <span class="ctype">\(claim.type.rawValue)</span>\(hedge)<br>\
            <span class="ctext">\(claim.text)</span>\(speaker)</a>\(extra)</li>
            """
    }
}
