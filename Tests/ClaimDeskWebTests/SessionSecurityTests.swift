import ClaimDeskModel
import ClaimDeskService
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ClaimDeskWeb

/// Sessions, CSRF, Origin and the headers every response carries.
@Suite struct SessionSecurityTests {
    @Test func theOneTimeTokenBecomesAStrictHttpOnlyCookieOnce() async throws {
        let fixture = try await WebFixture.make()
        let app = buildApplication(configuration: fixture.configuration)
        try await app.test(.router) { client in
            let wrong = try await client.execute(uri: "/login?token=nope", method: .get)
            #expect(wrong.status == .forbidden)
            let login = try await client.execute(uri: "/login?token=test-token", method: .get)
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/documents")
            let cookie = try #require(login.headers[.setCookie])
            #expect(cookie.hasPrefix("claimdesk_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            let again = try await client.execute(uri: "/login?token=test-token", method: .get)
            #expect(again.status == .forbidden, "the token works once")
            #expect(again.text.contains("already used"))
        }
    }

    @Test func loginGoesOnlyToPagesOfThisSite() async throws {
        let fixture = try await WebFixture.make()
        let app = buildApplication(configuration: fixture.configuration)
        try await app.test(.router) { client in
            let login = try await client.execute(uri: "/login?token=test-token&next=%2Fdocuments%2Fd1", method: .get)
            #expect(login.headers[.location] == "/documents/d1")
        }
        for bad in ["//evil.example/x", "https://evil.example", "/\\evil.example", "documents"] {
            #expect(SessionRoutes.destination(bad) == "/documents", "\(bad)")
        }
    }

    @Test func pagesNeedASession() async throws {
        let fixture = try await WebFixture.make()
        let app = buildApplication(configuration: fixture.configuration)
        try await app.test(.router) { client in
            for uri in ["/documents", "/documents/d\(fixture.documentId)", "/queue", "/reports/claims.csv"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .unauthorized, "\(uri)")
                #expect(!response.text.contains("Unemployment"))
            }
            let forged = try await client.execute(
                uri: "/documents",
                method: .get,
                headers: [.cookie: "claimdesk_session=forged"]
            )
            #expect(forged.status == .unauthorized)
            let css = try await client.execute(uri: "/static/app.css", method: .get)
            #expect(css.status == .ok, "static files need no session")
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            for uri in ["/documents", "/claims/c999999", "/nowhere", "/static/app.js", "/claims/zz"] {
                let response = try await session.get(uri)
                let csp = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            let page = try await session.get("/documents")
            #expect(!page.text.contains("<script>"), "no inline script")
            #expect(page.text.contains("<script src=\"/static/app.js\" defer></script>"))
        }
    }

    @Test func aFormWithoutTheCSRFTokenChangesNothing() async throws {
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim.id)
        try await fixture.withSession { session in
            let missing = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "dismissed"), ("note", "n")],
                csrf: false
            )
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("security token"))
            let stale = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "dismissed"), ("note", "n"), ("csrf", "0000")],
                csrf: false
            )
            #expect(stale.status == .forbidden)
        }
        #expect(try await fixture.service.claimDetail(id: claim).claim.status == .unverified)
    }

    @Test func aFormFromAnotherOriginIsRefused() async throws {
        let fixture = try await WebFixture.make()
        let claim = try #require(try await fixture.claims().first?.claim.id)
        try await fixture.withSession { session in
            let evil = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "dismissed"), ("note", "n")],
                headers: [.origin: "http://evil.example"]
            )
            #expect(evil.status == .forbidden)
            #expect(evil.text.contains("another site"))
            let crossSite = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "dismissed"), ("note", "n")],
                headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"]
            )
            #expect(crossSite.status == .forbidden)
            let opaque = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "dismissed"), ("note", "n")],
                headers: [.origin: "null"]
            )
            #expect(opaque.status == .forbidden, "Origin: null without Sec-Fetch-Site")
            #expect(try await fixture.service.claimDetail(id: claim).claim.status == .unverified)
            let sameOrigin = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "dismissed"), ("note", "not a claim")],
                headers: [.origin: "http://localhost"]
            )
            #expect(sameOrigin.status == .seeOther, "the test client's authority is localhost")
            let browserForm = try await session.post(
                "/claims/c\(claim)/status",
                [("status", "in_review")],
                headers: [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"]
            )
            #expect(browserForm.status == .seeOther, "what Chromium sends for a form under no-referrer")
        }
        #expect(try await fixture.service.claimDetail(id: claim).claim.status == .inReview)
    }
}
