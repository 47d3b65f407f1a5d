import ClaimDeskModel
import ClaimDeskService
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import ClaimDeskWeb

/// Team mode: password logins, the login limits, roles, and events that name the logged-in user.
@Suite struct TeamModeTests {
    @Test func aPageWithoutASessionSendsToTheLoginFormAndNoTokenLogsIn() async throws {
        let team = try await TeamFixture.make()
        try await team.withClient { client in
            let page = try await client.execute(uri: "/documents?page=1", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login?next=%2Fdocuments%3Fpage%3D1")
            let token = try await client.execute(uri: "/login?token=test-token", method: .get)
            #expect(token.status == .ok, "team mode has no one-time token: the form is shown")
            #expect(token.headers[.setCookie]?.hasPrefix(SessionMiddleware.cookieName) != true)
            #expect(token.text.contains("id=\"login-form\""))
            let cookie = try #require(token.headers[.setCookie])
            #expect(cookie.hasPrefix("claimdesk_login="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
        }
    }

    @Test func aLoginOpensAStrictSessionAndEveryEventNamesTheUser() async throws {
        // Given the reviewer rita
        let team = try await TeamFixture.make()
        let claim = try #require(try await team.base.claims().first?.claim.id)
        try await team.withClient { client in
            // When she logs in with a wrong password, then with hers
            let wrong = try await TeamFixture.postLogin(client, "rita", "not her password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Wrong name or password"))
            #expect(wrong.text.contains("value=\"rita\""), "the name typed is kept")
            let right = try await TeamFixture.postLogin(client, "rita", TeamFixture.password)
            // Then she gets a strict, HttpOnly session cookie and goes where she was going
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/queue")
            let cookie = try #require(right.headers[values: .setCookie].first { $0.hasPrefix("claimdesk_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"), "plain HTTP on loopback")
            let behindTLS = try await TeamFixture.postLogin(
                client,
                "rita",
                TeamFixture.password,
                headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"]
            )
            #expect(behindTLS.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
            // And what she does is recorded as hers
            let session = try await TeamFixture.login(client, "rita")
            let page = try await session.get("/documents")
            #expect(page.text.contains("<span id=\"account-name\">rita (reviewer)</span>"))
            let changed = try await session.post("/claims/c\(claim)/status", [("status", "in_review")])
            #expect(changed.status == .seeOther)
            let source = try await session.post(
                "/claims/c\(claim)/sources",
                [("url", "https://stats.example.org/a"), ("stance", "supports")]
            )
            #expect(source.status == .seeOther)
            // When she logs out, Then the session is over
            let logout = try await session.post("/logout", [])
            #expect(logout.status == .seeOther)
            #expect(logout.headers[.location] == "/login")
            let after = try await session.get("/documents")
            #expect(after.status == .seeOther, "back to the login form")
        }
        let events = try await team.base.service.claimDetail(id: claim).events
        #expect(events.filter { $0.action == .status || $0.action == .sourceAdd }.map(\.actor) == ["rita", "rita"])
        let logged = team.log.all
        #expect(logged.contains { $0.hasPrefix("login failed ") && $0.contains("user=rita") })
        #expect(logged.contains { $0.hasPrefix("login ") && $0.contains("user=rita") && $0.contains("role=reviewer") })
        #expect(!logged.contains { $0.contains(TeamFixture.password) }, "no password in the log")
    }

    @Test func aReviewerCannotOverrideMergeOrExportAndAnEditorCan() async throws {
        let team = try await TeamFixture.make()
        let claims = try await team.base.claims().compactMap(\.claim.id)
        let (first, second) = (try #require(claims.first), try #require(claims.last))
        try await team.withClient { client in
            // Given the reviewer rita
            let rita = try await TeamFixture.login(client, "rita")
            let panel = try await rita.get("/claims/c\(first)")
            #expect(!panel.text.contains("name=\"force\""), "no override box for a reviewer")
            #expect(!panel.text.contains("id=\"merge-form\""))
            // When she forces a verify without a source, merges, or downloads an export, Then each is refused
            let forced = try await rita.post(
                "/claims/c\(first)/status",
                [("status", "verified"), ("note", "trust me"), ("force", "on")]
            )
            #expect(forced.status == .forbidden)
            #expect(forced.text.contains("only an editor can override a guardrail"))
            #expect(forced.text.contains("trust me</textarea>"), "what she typed is kept")
            let merge = try await rita.post("/claims/c\(first)/merge", [("absorbed", "c\(second)")])
            #expect(merge.status == .forbidden)
            #expect(merge.text.contains("only an editor can merge claims"))
            for export in ["claims.csv", "claims.json", "claimreview.jsonld"] {
                #expect(try await rita.get("/reports/\(export)").status == .forbidden, "\(export)")
            }
            #expect(try await rita.get("/reports/index.md").status == .ok, "reports are for everyone")
            #expect(try await rita.get("/reports").text.contains("id=\"exports-editors\""))
            // And without the override her verify meets the guardrail as anyone's would
            let plain = try await rita.post("/claims/c\(first)/status", [("status", "verified")])
            #expect(plain.status == .unprocessableContent)
            #expect(try await team.base.service.claimDetail(id: first).claim.status == .unverified)
            // When the editor ed does the same, Then it goes through, recorded as his override
            let ed = try await TeamFixture.login(client, "ed")
            #expect(try await ed.get("/claims/c\(first)").text.contains("name=\"force\""))
            let override = try await ed.post(
                "/claims/c\(first)/status",
                [("status", "verified"), ("note", "confirmed by phone"), ("force", "on")]
            )
            #expect(override.status == .seeOther)
            #expect(try await ed.post("/claims/c\(first)/merge", [("absorbed", "c\(second)")]).status == .seeOther)
            #expect(try await ed.get("/reports/claims.csv").status == .ok)
        }
        let detail = try await team.base.service.claimDetail(id: first)
        #expect(detail.claim.status == .verified)
        let override = try #require(detail.events.first { $0.action == .status })
        #expect(override.actor == "ed")
        #expect(override.isOverride)
        #expect(detail.events.contains { $0.action == .merge && $0.actor == "ed" })
    }

    @Test func failedLoginsAreLimitedPerNameAndPerAddress() async throws {
        let team = try await TeamFixture.make(limits: LoginThrottle.Limits(perUser: 3, perAddress: 5, window: 600))
        try await team.withClient { client in
            // Given three wrong passwords for rita
            for _ in 0..<3 {
                #expect(try await TeamFixture.postLogin(client, "rita", "wrong password!").status == .unauthorized)
            }
            // Then even her right password is refused for now, saying when to retry
            let limited = try await TeamFixture.postLogin(client, "rita", TeamFixture.password)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "600")
            #expect(limited.text.contains("Too many failed logins"))
            // When two more fail for ed from the same address, Then the address is limited for every name
            for _ in 0..<2 {
                #expect(try await TeamFixture.postLogin(client, "ed", "wrong password!").status == .unauthorized)
            }
            #expect(try await TeamFixture.postLogin(client, "ada", TeamFixture.password).status == .tooManyRequests)
            // When the window has passed, Then the right password works again
            team.clock.advance(601)
            #expect(try await TeamFixture.postLogin(client, "rita", TeamFixture.password).status == .seeOther)
        }
        #expect(team.log.all.contains { $0.hasPrefix("login refused: too many failed attempts") })
    }

    @Test func theLoginFormAndLogoutNeedTheirCSRFTokenAndThisSite() async throws {
        let team = try await TeamFixture.make()
        try await team.withClient { client in
            let (cookie, csrf) = try await TeamFixture.loginForm(client)
            let again = try await client.execute(uri: "/login", method: .get, headers: [.cookie: cookie])
            #expect(
                WebFixture.field("csrf", in: again.text) == csrf,
                "a second load (the favicon's) keeps the form valid"
            )
            let body = "name=rita&password=\(Session.encode(TeamFixture.password))&csrf=forged"
            let forged = try await client.execute(
                uri: "/login",
                method: .post,
                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: body)
            )
            #expect(forged.status == .forbidden)
            let crossSite = try await TeamFixture.postLogin(
                client,
                "rita",
                TeamFixture.password,
                headers: [.origin: "http://evil.example"]
            )
            #expect(crossSite.status == .forbidden, "login CSRF: another site cannot log you in as someone")
            let session = try await TeamFixture.login(client, "rita")
            #expect(try await session.post("/logout", [], csrf: false).status == .forbidden)
            #expect(try await session.get("/documents").status == .ok, "still logged in")
        }
    }

    @Test func aSessionUnusedForTheIdleLimitEnds() async throws {
        let team = try await TeamFixture.make()
        try await team.withClient { client in
            let session = try await TeamFixture.login(client, "rita")
            team.clock.advance(8 * 3600 - 1)
            #expect(try await session.get("/documents").status == .ok, "used just in time: the idle time starts again")
            team.clock.advance(8 * 3600 - 1)
            #expect(try await session.get("/documents").status == .ok)
            team.clock.advance(8 * 3600 - 1)
            #expect(try await session.get("/live?since=0").status == .ok, "a live stream does not count as use")
            team.clock.advance(2)
            let expired = try await session.get("/documents")
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/login?next=%2Fdocuments")
        }
    }

    @Test func aDisabledAccountIsLoggedOutAtItsNextRequest() async throws {
        let team = try await TeamFixture.make()
        try await team.withClient { client in
            let session = try await TeamFixture.login(client, "rita")
            _ = try await team.base.service.disableUser(name: "rita")
            let page = try await session.get("/documents")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/login") == true)
            #expect(try await TeamFixture.postLogin(client, "rita", TeamFixture.password).status == .unauthorized)
        }
    }
}
