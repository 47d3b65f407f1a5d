/// The team-mode login form.
enum LoginViews {
    /// The form: name, password, the login CSRF token and where to go next.
    static func form(csrf: String, name: String, next: String, error: String?) -> HTML {
        let message: HTML = error.map { "<p class=\"error\" role=\"alert\" id=\"login-error\">\($0)</p>" } ?? .empty
        return """
            <h1>Log in</h1>
            <p class="muted">This ClaimDesk runs in team mode: log in with the account an admin gave you \
            (<code>claimdesk users add</code>).</p>
            <form method="post" action="/login" class="login-form" id="login-form">
            <input type="hidden" name="csrf" value="\(csrf)">
            <input type="hidden" name="next" value="\(next)">
            <label for="login-name">Name</label>
            <input id="login-name" name="name" autocomplete="username" required value="\(name)">
            <label for="login-password">Password</label>
            <input id="login-password" name="password" type="password" autocomplete="current-password" required>
            \(message)
            <button type="submit">Log in</button>
            </form>
            """
    }
}
