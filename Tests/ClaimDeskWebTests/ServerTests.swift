import ClaimDeskService
import ClaimDeskWeb
import Foundation
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

/// Request logging: one line per request, without the query (the login token).
@Suite struct RequestLogTests {
    /// Keeps what was logged (the lock makes it safe to share between requests).
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    struct Capture: LogHandler {
        let lines: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            lines.append("\(event.message) \(fields.joined(separator: " "))")
        }
    }

    @Test func eachRequestIsLoggedWithoutTheToken() async throws {
        let fixture = try await WebFixture.make()
        let lines = Lines()
        var configuration = fixture.configuration
        configuration.logger = Logger(label: "test", factory: { _ in Capture(lines: lines) })
        let app = buildApplication(configuration: configuration)
        try await app.test(.router) { client in
            _ = try await client.execute(uri: "/login?token=test-token", method: .get)
            _ = try await client.execute(uri: "/claims/c1", method: .get)
        }
        let requests = lines.all.filter { $0.hasPrefix("request ") }
        #expect(requests.count == 2)
        #expect(
            requests.contains { $0.contains("method=GET") && $0.contains("path=/login") && $0.contains("status=303") }
        )
        #expect(requests.contains { $0.contains("path=/claims/c1") && $0.contains("status=401") })
        #expect(!lines.all.contains { $0.contains("test-token") })
    }
}
