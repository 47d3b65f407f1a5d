import ClaimDeskModel
import ClaimDeskText

extension ClaimPanel {
    /// The claim's sources with their latest capture and link rot.
    func sources() -> HTML {
        guard !detail.sources.isEmpty else {
            return "<div id=\"sources-list\" data-live><p class=\"muted\">No sources yet.</p></div>"
        }
        let items = detail.sources.map { source -> HTML in
            let record = source.source
            let removed: HTML = record.removed ? " <span class=\"tag\">removed</span>" : ""
            let excerpt: HTML = record.excerpt.map { "<blockquote class=\"excerpt\">\($0)</blockquote>" } ?? .empty
            let note: HTML = record.note.map { "<p class=\"note\">\($0)</p>" } ?? .empty
            return """
                <li class="source stance-\(record.stance.rawValue)">\
                <span class="cid">\(PublicID.format(record.id ?? 0, as: .source))</span> \
                <span class="stance">\(record.stance.rawValue)</span>\(removed) \(SafeLink.external(record.url))\
                \(excerpt)\(note)\(capture(source))\
                <p class="muted">added by \(record.addedBy) at \(record.addedAt)</p></li>
                """
        }
        return "<div id=\"sources-list\" data-live><ul class=\"sources\">\(items)</ul></div>"
    }

    /// The latest capture of a source, in words.
    func capture(_ source: SourceDetail) -> HTML {
        guard let latest = source.latestCapture else { return "<p class=\"muted\">Not checked yet.</p>" }
        let status = latest.httpStatus.map { "HTTP \($0)" } ?? (latest.error ?? "no response")
        let found = latest.excerptFound.map { "excerpt \($0.rawValue)" } ?? "no excerpt to look for"
        let rot = LinkRot.history(source.captures).last ?? []
        let rotText: HTML = rot.isEmpty ? .empty : " · link rot: \(rot.map(\.description).joined(separator: ", "))"
        let name = PublicID.format(latest.id ?? 0, as: .capture)
        let archived: HTML =
            latest.warcFile != nil
            ? " · <a href=\"/captures/\(name)\" class=\"capture-link\">archived copy \(name)</a>" : .empty
        return "<p class=\"capture\">Latest capture \(latest.fetchedAt): \(status), \(found)\(rotText)\(archived)</p>"
    }

    /// The button that fetches every source of the claim now and archives what comes back.
    func checkForm() -> HTML {
        guard !detail.sources.isEmpty else { return .empty }
        return """
            <form method="post" action="/claims/\(id)/check" class="check-form" id="check-form" data-busy="Checking sources…">
            \(csrf)
            <button type="submit" id="check-sources">Check sources now</button>
            <span class="muted">Fetches each source and archives the page; this may take a few seconds per source.</span>
            </form>
            """
    }

    /// The form that adds a source.
    func sourceForm() -> HTML {
        let stances = Stance.allCases.map { stance -> HTML in
            let selected: HTML = stance == form.stance ? " selected" : ""
            return "<option value=\"\(stance.rawValue)\"\(selected)>\(stance.rawValue)</option>"
        }
        let error: HTML = form.sourceError.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        return """
            <form method="post" action="/claims/\(id)/sources" class="source-form" id="source-form">
            <h3>Add a source</h3>
            \(csrf)
            <label for="source-url">URL (http or https)</label>
            <input id="source-url" name="url" type="url" required value="\(form.url)">
            <label for="stance">Stance</label>
            <select id="stance" name="stance">\(stances)</select>
            <label for="excerpt">Excerpt (the passage that supports or refutes)</label>
            <textarea id="excerpt" name="excerpt" rows="3">\(form.excerpt)</textarea>
            <label for="source-note">Note</label>
            <input id="source-note" name="note" value="\(form.sourceNote)">
            \(error)
            <button type="submit">Add source</button>
            </form>
            """
    }

    /// The form that restates the claim.
    func editForm() -> HTML {
        let error: HTML = form.editError.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        return """
            <form method="post" action="/claims/\(id)/edit" class="edit-form" id="edit-form">
            <h2>Restate the claim</h2>
            \(csrf)
            <label for="edit-text">Text</label>
            <textarea id="edit-text" name="text" rows="3" required>\(detail.claim.text)</textarea>
            <label for="edit-note">Note</label>
            <input id="edit-note" name="note">
            \(error)
            <button type="submit">Save</button>
            </form>
            """
    }

    /// The form that merges a duplicate into this claim.
    func mergeForm() -> HTML {
        """
        <form method="post" action="/claims/\(id)/merge" class="merge-form" id="merge-form">
        <h2>Merge a duplicate into this claim</h2>
        \(csrf)
        <label for="absorbed">Claim to merge (its occurrences and sources move here; its history stays)</label>
        <input id="absorbed" name="absorbed" placeholder="c12" required>
        <label for="merge-note">Note</label>
        <input id="merge-note" name="note">
        <button type="submit">Merge</button>
        </form>
        """
    }

    /// The claim's full history, oldest first.
    func history() -> HTML {
        let rows = detail.events.map { event -> HTML in
            let change = [event.field, event.fromValue.map { "\($0) →" }, event.toValue].compactMap { $0 }
                .joined(separator: " ")
            let override: HTML = event.isOverride ? " <span class=\"tag\">override</span>" : ""
            return """
                <tr><td>\(event.at)</td><td>\(event.actor)</td><td>\(event.action.rawValue)\(override)</td>\
                <td>\(change)</td><td>\(event.note ?? "")</td></tr>
                """
        }
        return """
            <section aria-labelledby="history-h" id="history" data-live><h2 id="history-h">History</h2>
            <table class="history"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th>\
            <th scope="col">Change</th><th scope="col">Note</th></tr></thead><tbody>\(rows)</tbody></table>
            </section>
            """
    }
}
