import ClaimDeskModel
import ClaimDeskText

/// The claim panel: everything about one claim, and the forms that act on it.
struct ClaimPanel {
    /// What a refused form sends back: the message and what the reviewer had typed.
    struct FormState: Sendable {
        var statusError: String?
        var status: ClaimStatus?
        var note = ""
        var sourceError: String?
        var url = ""
        var stance: Stance = .supports
        var excerpt = ""
        var sourceNote = ""
        var editError: String?

        /// Whether nothing was sent back (the panel as any reader first sees it).
        var isPristine: Bool {
            statusError == nil && status == nil && note.isEmpty && sourceError == nil && url.isEmpty
                && stance == .supports && excerpt.isEmpty && sourceNote.isEmpty && editError == nil
        }
    }

    var detail: ClaimDetail
    var document: Document
    var previous: Int64?
    var next: Int64?
    var csrf: HTML
    var form = FormState()
    /// Whether the reader may override a guardrail (team mode: editors and admins).
    var canOverride = true
    /// Whether the reader may merge claims (team mode: editors and admins).
    var canMerge = true

    var id: String { Fragments.claimID(detail.claim) }

    func render() -> HTML {
        let claim = detail.claim
        let documentId = Fragments.documentID(document)
        let nav = [
            previous.map {
                "<a rel=\"prev\" id=\"prev-claim\" href=\"/claims/\(PublicID.format($0, as: .claim))\">← Previous</a>"
                    as HTML
            },
            next.map {
                "<a rel=\"next\" id=\"next-claim\" href=\"/claims/\(PublicID.format($0, as: .claim))\">Next →</a>"
                    as HTML
            },
            "<a href=\"/queue/next?after=\(id)\">Next in queue</a>" as HTML,
        ].compactMap { $0 }
        let speaker: HTML = claim.speaker.map { "<dt>Speaker</dt><dd>\($0)</dd>" } ?? .empty
        let edited: HTML =
            claim.text != claim.originalText
            ? "<p class=\"muted\">Originally: <q>\(claim.originalText)</q></p>" : .empty
        return """
            <nav class="claim-nav" aria-label="Claims">\(HTML.join(nav, separator: " · "))</nav>
            <div id="claim-head" data-live>
            <h1><span class="cid">\(id)</span> \(Fragments.badge(claim.status))</h1>
            <blockquote class="claim-text" id="claim-text">\(claim.text)</blockquote>
            </div>
            \(edited)
            <dl class="facts">
            <dt>Document</dt><dd><a href="/documents/\(documentId)">\(document.title ?? document.origin)</a></dd>
            <dt>Type</dt><dd>\(claim.type.rawValue)</dd>
            <dt>Score</dt><dd>\(NumberText.twoDecimals(claim.score))</dd>
            \(speaker)
            <dt>Hedged</dt><dd>\(claim.hedged ? "yes" : "no")</dd>
            <dt>Method</dt><dd>\(claim.method)</dd>
            </dl>
            \(statusForm())
            \(signals())
            \(values())
            \(occurrences())
            \(links())
            <section aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>\(sources())\(checkForm())\(sourceForm())</section>
            \(editForm())
            \(canMerge ? mergeForm() : .empty)
            \(history())
            """
    }

    /// The override checkbox, or for a reviewer in team mode the sentence saying who may override.
    var overrideField: HTML {
        canOverride
            ? "<label class=\"inline\"><input type=\"checkbox\" name=\"force\" id=\"force\"> Override a missing requirement (needs a note; recorded)</label>"
            : "<p class=\"muted\" id=\"no-override\">Only an editor can override a missing requirement.</p>"
    }

    func statusForm() -> HTML {
        let current = form.status ?? detail.claim.status
        let options = ClaimStatus.allCases.map { status -> HTML in
            let selected: HTML = status == current ? " selected" : ""
            return "<option value=\"\(status.rawValue)\"\(selected)>\(FormWording.label(status))</option>"
        }
        let error: HTML =
            form.statusError.map { "<p class=\"error\" role=\"alert\" id=\"status-error\">\($0)</p>" } ?? .empty
        return """
            <form method="post" action="/claims/\(id)/status" class="status-form" id="status-form">
            <h2>Status</h2>
            \(csrf)
            <label for="status">New status</label>
            <select id="status" name="status">\(options)</select>
            <label for="note">Note (why)</label>
            <textarea id="note" name="note" rows="2">\(form.note)</textarea>
            \(overrideField)
            \(error)
            <button type="submit">Set status</button>
            </form>
            """
    }

    func signals() -> HTML {
        guard !detail.claim.signals.isEmpty else { return .empty }
        let rows = detail.claim.signals.map { signal -> HTML in
            "<tr><td>\(signal.name)</td><td>\(NumberText.twoDecimals(signal.weight))</td></tr>"
        }
        return """
            <section aria-labelledby="signals-h"><h2 id="signals-h">Score signals</h2>
            <table><thead><tr><th scope="col">Signal</th><th scope="col">Weight</th></tr></thead><tbody>\(rows)</tbody></table>
            </section>
            """
    }

    func values() -> HTML {
        let numbers = detail.claim.numbers.map { number -> HTML in
            "<li>\(number.text) = \(NumberText.plain(number.value))\(number.unit.map { " " + $0 } ?? "")</li>"
        }
        let dates = detail.claim.dates.map { date -> HTML in "<li>\(date.text) = \(date.value)</li>" }
        guard !numbers.isEmpty || !dates.isEmpty else { return .empty }
        return
            "<section aria-labelledby=\"values-h\"><h2 id=\"values-h\">Numbers and dates</h2><ul>\(numbers)\(dates)</ul></section>"
    }

    func occurrences() -> HTML {
        let items = detail.occurrences.map { occurrence -> HTML in
            let href = "/documents/\(PublicID.format(occurrence.documentId, as: .document))#occ-\(occurrence.id ?? 0)"
            return """
                <li><a href="\(href)">…\(occurrence.prefix)<mark>\(occurrence.exact)</mark>\(occurrence.suffix)…</a> \
                <span class="muted">(\(occurrence.start)–\(occurrence.end))</span></li>
                """
        }
        return
            "<section aria-labelledby=\"occ-h\"><h2 id=\"occ-h\">Occurrences</h2><ul class=\"occurrences\">\(items)</ul></section>"
    }

    func links() -> HTML {
        guard !detail.links.isEmpty else { return .empty }
        let items = detail.links.map { link -> HTML in
            let other = link.claimId == detail.claim.id ? link.linkedClaimId : link.claimId
            let otherId = PublicID.format(other, as: .claim)
            return "<li><a href=\"/claims/\(otherId)\">\(otherId)</a> — \(link.reason)</li>"
        }
        return "<section aria-labelledby=\"links-h\"><h2 id=\"links-h\">Linked claims</h2><ul>\(items)</ul></section>"
    }
}
