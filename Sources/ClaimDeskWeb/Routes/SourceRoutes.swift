import ClaimDeskModel
import ClaimDeskService
import Hummingbird

/// `/claims/:id/sources`: attaching evidence to a claim; `/claims/:id/check`: fetching its sources now.
struct SourceRoutes {
    let service: ClaimDeskService
    /// How the server fetches (its private-network policy is the CLI's: `--allow-private-network`).
    let fetchSettings: FetchSettings

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.post(":id/check") { _, context -> Page in
            let id = try RouteInput.id(context, as: .claim)
            try context.require(.review)
            _ = try await context.acting(service).checkSources(claimIds: [id], settings: fetchSettings)
            return Page.redirect(to: "/claims/\(PublicID.format(id, as: .claim))?changed=checked")
        }
        group.post(":id/sources") { _, context -> Page in
            let id = try RouteInput.id(context, as: .claim)
            let form = context.form
            guard let url = form.text("url") else { throw WebError.badRequest("Give the source's URL.") }
            let stance: Stance = try RouteInput.choice(form["stance"], "stance") ?? .supports
            let draft = SourceDraft(
                claimId: id,
                url: url,
                stance: stance,
                excerpt: form.text("excerpt"),
                note: form.text("note")
            )
            do {
                _ = try await context.acting(service).addSource(
                    draft,
                    allowPrivateNetwork: fetchSettings.allowPrivateNetwork
                )
                return Page.redirect(to: "/claims/\(PublicID.format(id, as: .claim))?changed=source")
            } catch let error as ClaimDeskError where error.code == .refused {
                var state = ClaimPanel.FormState()
                state.sourceError = FormWording.message(for: error)
                state.url = form["url"] ?? ""
                state.stance = stance
                state.excerpt = form["excerpt"] ?? ""
                state.sourceNote = form["note"] ?? ""
                return try await ClaimRoutes.page(
                    service,
                    id,
                    context: context,
                    form: state,
                    status: .unprocessableContent
                )
            }
        }
    }
}
