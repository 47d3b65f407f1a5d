import ClaimDeskModel
import ClaimDeskService
import Hummingbird

/// `/users`: team mode's accounts for admins — the list, adding an account, disabling one.
struct UserRoutes {
    let service: ClaimDeskService

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get { _, context -> Page in
            try context.require(.manageUsers)
            return try await page(context)
        }
        group.post { _, context -> Page in
            try context.require(.manageUsers)
            let form = context.form
            let name = form.text("name") ?? ""
            guard let role: UserRole = try RouteInput.choice(form["role"], "role") else {
                throw WebError.badRequest("Choose a role.")
            }
            guard form["password"] == form["again"] else {
                return try await page(context, name: name, error: "The two passwords differ; nothing was added.")
            }
            do {
                _ = try await context.acting(service).addUser(name: name, role: role, password: form["password"] ?? "")
                return Page.redirect(to: "/users")
            } catch let error as ClaimDeskError where error.code == .badInput || error.code == .refused {
                return try await page(context, name: name, error: error.message)
            }
        }
        group.post(":name/disable") { _, context -> Page in
            try context.require(.manageUsers)
            let name = context.parameters.get("name") ?? ""
            guard name.lowercased() != context.account?.name.lowercased() else {
                throw WebError(.unprocessableContent, "You cannot disable your own account: ask another admin.")
            }
            _ = try await context.acting(service).disableUser(name: name)
            return Page.redirect(to: "/users")
        }
    }

    /// The accounts page, with a refused form's message.
    private func page(_ context: WebContext, name: String = "", error: String? = nil) async throws -> Page {
        let users = try await service.users()
        let body = UserViews.page(
            users,
            csrf: Layout.csrfField(context),
            me: context.account?.name,
            name: name,
            error: error
        )
        return Page(
            Layout.page("Accounts", context: context, body: body),
            status: error == nil ? .ok : .unprocessableContent
        )
    }
}
