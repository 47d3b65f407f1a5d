import ClaimDeskModel

/// The accounts page (team mode, admins): the accounts and the form that adds one.
enum UserViews {
    /// The page.
    static func page(_ users: [UserAccount], csrf: HTML, me: String?, name: String, error: String?) -> HTML {
        let rows = users.map { user -> HTML in
            let action: HTML =
                user.disabled || user.name == me
                ? .empty
                : """
                <form method="post" action="/users/\(user.name)/disable" class="inline-form">\(csrf)\
                <button type="submit" aria-label="Disable \(user.name)">Disable</button></form>
                """
            return """
                <tr><td>\(user.name)</td><td>\(user.role.rawValue)</td><td>\(user.disabled ? "disabled" : "active")</td>\
                <td>\(user.createdAt)</td><td>\(user.createdBy)</td><td>\(action)</td></tr>
                """
        }
        let roles = UserRole.allCases.map { role -> HTML in
            "<option value=\"\(role.rawValue)\">\(role.rawValue)</option>"
        }
        let message: HTML = error.map { "<p class=\"error\" role=\"alert\" id=\"user-error\">\($0)</p>" } ?? .empty
        return """
            <h1>Accounts</h1>
            <p class="muted">Reviewers set statuses and add sources; editors may also override a guardrail, merge claims \
            and download exports; admins may also manage accounts. Accounts are disabled, never deleted.</p>
            <table class="users"><caption class="sr-only">Accounts</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">State</th>\
            <th scope="col">Added</th><th scope="col">By</th><th scope="col"><span class="sr-only">Action</span></th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <form method="post" action="/users" class="user-form" id="user-form">
            <h2>Add an account</h2>
            \(csrf)
            <label for="user-name">Name</label>
            <input id="user-name" name="name" autocomplete="off" required value="\(name)">
            <label for="user-role">Role</label>
            <select id="user-role" name="role">\(roles)</select>
            <label for="user-password">Password (10 characters at least)</label>
            <input id="user-password" name="password" type="password" autocomplete="new-password" required>
            <label for="user-again">Again</label>
            <input id="user-again" name="again" type="password" autocomplete="new-password" required>
            \(message)
            <button type="submit">Add</button>
            </form>
            """
    }
}
