import ClaimDeskService
import ClaimDeskWeb
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// The server on a real loopback socket: a taken port is reported in words.
@Suite struct ServerTests {
    @Test func aTakenPortIsReportedClearly() async throws {
        let fixture = try await WebFixture.make()
        var configuration = fixture.configuration
        configuration.host = "127.0.0.1"
        let base = configuration
        let first = buildApplication(configuration: configuration)
        try await first.test(.live) { client in
            let port = try #require(client.port)
            let login = try await client.execute(uri: "/login?token=test-token", method: .get)
            #expect(login.status == .seeOther, "the first server answers on \(port)")
            var second = base
            second.port = port
            do {
                try await WebServer.run(second) { _ in }
                Issue.record("the second server should not start")
            } catch let error as WebServerError {
                #expect(error.description.contains("port \(port) on 127.0.0.1 is already in use"))
            }
        }
    }

    @Test func theLoginURLCarriesTheToken() async throws {
        let fixture = try await WebFixture.make()
        #expect(fixture.configuration.loginURL(port: 8123) == "http://127.0.0.1:8123/login?token=test-token")
        let random = WebConfiguration(service: fixture.service, logger: Logger(label: "t"))
        #expect(random.loginToken.count == 64)
        #expect(random.loginToken != WebConfiguration(service: fixture.service, logger: Logger(label: "t")).loginToken)
    }
}
