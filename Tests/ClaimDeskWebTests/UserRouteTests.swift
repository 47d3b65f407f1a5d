import ClaimDeskModel
import ClaimDeskService
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ClaimDeskWeb

/// Team mode's accounts page: admins add and disable accounts; nobody else reaches it.
@Suite struct UserRouteTests {
    @Test func anAdminAddsAnAccountThatCanLogInAndDisablesAnother() async throws {
        let team = try await TeamFixture.make()
        try await team.withClient { client in
            // Given the admin ada
            let ada = try await TeamFixture.login(client, "ada")
            #expect(try await ada.get("/documents").text.contains("id=\"accounts-link\""))
            let page = try await ada.get("/users")
            #expect(page.status == .ok)
            #expect(page.text.contains("<td>rita</td><td>reviewer</td><td>active</td>"))
            #expect(!page.text.contains("action=\"/users/ada/disable\""), "no button to lock herself out")
            // When she adds an editor, with a mistyped second password first
            let differ = try await ada.post(
                "/users",
                [("name", "eve"), ("role", "editor"), ("password", TeamFixture.password), ("again", "other")]
            )
            #expect(differ.status == .unprocessableContent)
            #expect(differ.text.contains("The two passwords differ"))
            let short = try await ada.post(
                "/users",
                [("name", "eve"), ("role", "editor"), ("password", "short"), ("again", "short")]
            )
            #expect(short.text.contains("at least 10 characters"))
            let added = try await ada.post(
                "/users",
                [
                    ("name", "eve"), ("role", "editor"), ("password", TeamFixture.password),
                    ("again", TeamFixture.password),
                ]
            )
            #expect(added.status == .seeOther)
            // Then the new account logs in with its role
            let eve = try await TeamFixture.login(client, "eve")
            #expect(try await eve.get("/documents").text.contains("eve (editor)"))
            // When ada disables rita (but not herself), Then rita can no longer log in
            #expect(try await ada.post("/users/ada/disable", []).status == .unprocessableContent)
            #expect(try await ada.post("/users/rita/disable", []).status == .seeOther)
            #expect(try await TeamFixture.postLogin(client, "rita", TeamFixture.password).status == .unauthorized)
        }
        let users = try await team.base.service.users()
        #expect(users.first { $0.name == "eve" }?.createdBy == "ada")
        #expect(users.first { $0.name == "rita" }?.disabled == true)
    }

    @Test func reviewersAndEditorsCannotManageAccounts() async throws {
        let team = try await TeamFixture.make()
        try await team.withClient { client in
            for name in ["rita", "ed"] {
                let session = try await TeamFixture.login(client, name)
                #expect(!(try await session.get("/documents").text.contains("id=\"accounts-link\"")))
                let page = try await session.get("/users")
                #expect(page.status == .forbidden)
                #expect(page.text.contains("only an admin can manage accounts"))
                let add = try await session.post(
                    "/users",
                    [
                        ("name", "mal"), ("role", "admin"), ("password", TeamFixture.password),
                        ("again", TeamFixture.password),
                    ]
                )
                #expect(add.status == .forbidden)
                #expect(try await session.post("/users/ada/disable", []).status == .forbidden)
            }
        }
        #expect(try await team.base.service.users().map(\.name) == ["ada", "ed", "rita"])
    }
}
