import ClaimDeskModel
import ClaimDeskService
import Hummingbird

/// `/claims/:id`: the claim panel, setting a status (under the guardrail) and restating the claim.
struct ClaimRoutes {
    let service: ClaimDeskService
    /// Claim panels as rendered for a reader who has not sent a form (CSRF fields left as holes), by history head.
    let cache = RenderCache<PanelKey, (detail: ClaimDetail, panel: HTML.Template)>()

    struct PanelKey: Hashable, Sendable {
        var claimId: Int64
        var head: Int
        var canOverride: Bool
        var canMerge: Bool
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get(":id") { request, context -> Page in
            let id = try RouteInput.id(context, as: .claim)
            let announce = Self.announcement(RouteInput.query(request, "changed"))
            return try await Self.page(service, id, context: context, announce: announce, cache: cache)
        }
        group.post(":id/status") { _, context -> Page in
            let id = try RouteInput.id(context, as: .claim)
            let form = context.form
            guard let status: ClaimStatus = try RouteInput.choice(form["status"], "status") else {
                throw WebError.badRequest("Choose a status.")
            }
            var state = ClaimPanel.FormState()
            state.status = status
            state.note = form["note"] ?? ""
            guard !form.flag("force") || context.may(.overrideGuardrail) else {
                state.statusError = FormWording.permission(.overrideGuardrail)
                return try await Self.page(service, id, context: context, form: state, status: .forbidden)
            }
            do {
                _ = try await context.acting(service).setStatus(
                    of: id,
                    to: status,
                    note: form.text("note"),
                    force: form.flag("force")
                )
                return Page.redirect(to: "/claims/\(PublicID.format(id, as: .claim))?changed=status")
            } catch let error as ClaimDeskError where error.code == .refused {
                state.statusError = FormWording.message(for: error)
                return try await Self.page(service, id, context: context, form: state, status: .unprocessableContent)
            }
        }
        group.post(":id/merge") { _, context -> Page in
            try context.require(.merge)
            return try await Self.merge(context.acting(service), try RouteInput.id(context, as: .claim), context.form)
        }
        group.post(":id/edit") { _, context -> Page in
            let id = try RouteInput.id(context, as: .claim)
            let form = context.form
            guard let text = form.text("text") else { throw WebError.badRequest("The claim's text cannot be empty.") }
            _ = try await context.acting(service).editClaim(id, text: text, note: form.text("note"))
            return Page.redirect(to: "/claims/\(PublicID.format(id, as: .claim))?changed=edit")
        }
    }

    /// Merges another claim into this one (`absorbed` names it); its occurrences and sources move here.
    static func merge(_ service: ClaimDeskService, _ id: Int64, _ form: FormData) async throws -> Page {
        guard let text = form.text("absorbed") else {
            throw WebError.badRequest("Name the claim to merge into this one.")
        }
        guard let absorbed = PublicID.parse(text, as: .claim) else {
            throw WebError.badRequest("“\(text)” is not a claim id (like c12).")
        }
        guard absorbed != id else { throw WebError.badRequest("A claim cannot be merged into itself.") }
        _ = try await service.mergeClaims(kept: id, absorbed: absorbed, note: form.text("note"))
        return Page.redirect(to: "/claims/\(PublicID.format(id, as: .claim))?changed=merge")
    }

    /// After a status change, a button that restores the previous status: a new `status` event, never a deletion.
    static func undoForm(_ detail: ClaimDetail, csrf: HTML) -> HTML {
        guard let last = detail.events.last, last.action == .status, let from = last.fromValue,
            let previous = ClaimStatus(rawValue: from), previous != detail.claim.status
        else { return .empty }
        let id = Fragments.claimID(detail.claim)
        return """
            <form method="post" action="/claims/\(id)/status" class="undo-form">\(csrf)\
            <input type="hidden" name="status" value="\(previous.rawValue)">\
            <input type="hidden" name="note" value="Undo: back to \(FormWording.label(previous))">\
            <button type="submit" id="undo">Undo (back to \(FormWording.label(previous)))</button></form>
            """
    }

    /// The sentence the live region reads after a change, from the redirect's `changed` parameter.
    static func announcement(_ changed: String?) -> (ClaimDetail) -> String? {
        { detail in
            let id = Fragments.claimID(detail.claim)
            return switch changed {
            case "status": "\(id) is now \(FormWording.label(detail.claim.status))."
            case "source": "Source added to \(id)."
            case "edit": "\(id) restated."
            case "added": "\(id) added."
            case "merge": "Claim merged into \(id)."
            case "checked": checked(detail)
            default: nil
            }
        }
    }

    /// After "Check sources now": how many sources were fetched and how many failed.
    static func checked(_ detail: ClaimDetail) -> String {
        let id = Fragments.claimID(detail.claim)
        let latest = detail.sources.compactMap(\.latestCapture)
        guard !latest.isEmpty else { return "\(id) has no sources to check." }
        let failed = latest.filter { $0.error != nil }.count
        let fetched = latest.count == 1 ? "1 source" : "\(latest.count) sources"
        return failed == 0
            ? "Checked \(fetched) of \(id); each shows its new capture."
            : "Checked \(fetched) of \(id): \(failed) could not be fetched; see each source's latest capture."
    }

    /// The claim panel page, with a refused form's message and values when given.
    static func page(
        _ service: ClaimDeskService,
        _ id: Int64,
        context: WebContext,
        form: ClaimPanel.FormState = ClaimPanel.FormState(),
        status: HTTPResponse.Status = .ok,
        announce: (ClaimDetail) -> String? = { _ in nil },
        cache: RenderCache<PanelKey, (detail: ClaimDetail, panel: HTML.Template)>? = nil
    ) async throws -> Page {
        let canOverride = context.may(.overrideGuardrail)
        let canMerge = context.may(.merge)
        let key =
            cache != nil && form.isPristine
            ? context.head.map { PanelKey(claimId: id, head: $0, canOverride: canOverride, canMerge: canMerge) } : nil
        let render = { @Sendable () async throws -> (detail: ClaimDetail, panel: HTML.Template) in
            let detail = try await service.claimDetail(id: id)
            let document = try await service.document(id: detail.claim.documentId).document
            let order = try await service.claimOrder(documentId: detail.claim.documentId)
            let position = order.firstIndex(of: id)
            let panel = ClaimPanel(
                detail: detail,
                document: document,
                previous: position.flatMap { $0 > 0 ? order[$0 - 1] : nil },
                next: position.flatMap { $0 + 1 < order.count ? order[$0 + 1] : nil },
                csrf: HTML.Template.hole,
                form: form,
                canOverride: canOverride,
                canMerge: canMerge
            )
            return (detail, HTML.Template(panel.render()))
        }
        let (detail, panel) =
            if let cache { try await cache.value(for: key, render: render) } else { try await render() }
        let csrf = Layout.csrfField(context)
        let message = announce(detail)
        let undo = message != nil ? Self.undoForm(detail, csrf: csrf) : .empty
        let flash: HTML = message.map { "<div class=\"flash\"><p>\($0)</p>\(undo)</div>" } ?? .empty
        return Page(
            Layout.page(
                "Claim \(Fragments.claimID(detail.claim))",
                announce: message,
                context: context,
                body: flash + panel.filled(with: csrf)
            ),
            status: status
        )
    }
}
