import ClaimDeskModel
import ClaimDeskService
import ClaimDeskWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// A scratch workspace with one ingested article, the application over it, and a logged-in session.
struct WebFixture {
    /// The article: hostile markup, quotes, an emoji and a combining accent (no precomposed form, so NFC keeps it).
    static let hostileTitle = "<script>alert('title')</script> \"Quoted\" & more"
    static let article = """
        Unemployment fell to 5% in 2025, the minister said <script>alert("x")</script> on Monday.

        Officials reported that 😀 prices rose by 12% in March 2026 according to the bureau.

        The q\u{0307} index rose by 3% in 2024, the agency said.
        """

    let service: ClaimDeskService
    let documentId: Int64
    var configuration: WebConfiguration

    /// Creates a workspace in a fresh temporary folder and ingests ``article``.
    static func make(
        text: String = article,
        title: String? = hostileTitle,
        url: String? = nil
    ) async throws -> WebFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let workspace = Workspace(databasePath: folder.appendingPathComponent("claimdesk.sqlite").path)
        let service = try ClaimDeskService.create(workspace, actor: "tester", clock: .fixed("2026-03-10T09:00:00Z"))
            .service
        let items = try await service.ingest(
            [.bytes(Array(text.utf8), origin: "hostile.txt")],
            metadata: DocumentMetadata(lang: .en, title: title, url: url, publisher: "<b>Pub</b>")
        )
        let outcome = try #require(try items.first?.result.get())
        let configuration = WebConfiguration(
            service: service,
            port: 0,
            loginToken: "test-token",
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        return WebFixture(service: service, documentId: try #require(outcome.document.id), configuration: configuration)
    }

    /// The claims of the article, in document order.
    func claims() async throws -> [ClaimDetail] {
        try await service.documentDetail(id: documentId).claims
    }

    /// Runs `body` with a router test client that is logged in.
    func withSession(_ body: @escaping @Sendable (Session) async throws -> Void) async throws {
        let app = buildApplication(configuration: configuration)
        try await app.test(.router) { client in
            let login = try await client.execute(uri: "/login?token=test-token", method: .get)
            let setCookie = try #require(login.headers[.setCookie])
            let cookie = try #require(setCookie.split(separator: ";").first.map(String.init))
            let page = try await client.execute(
                uri: "/documents/d\(documentId)",
                method: .get,
                headers: [.cookie: cookie]
            )
            let csrf = try #require(Self.field("csrf", in: String(buffer: page.body)))
            try await body(Session(client: client, cookie: cookie, csrf: csrf))
        }
    }

    /// The value of the first hidden input named `name`.
    static func field(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

/// A logged-in client.
struct Session: Sendable {
    let client: any TestClientProtocol
    let cookie: String
    let csrf: String

    /// GETs `uri` with the session cookie.
    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
    }

    /// POSTs a form (the CSRF token added unless `csrf` is false).
    func post(
        _ uri: String,
        _ fields: [(String, String)],
        csrf: Bool = true,
        headers: HTTPFields = [:]
    ) async throws
        -> TestResponse
    {
        var all = fields
        if csrf { all.append(("csrf", self.csrf)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var fields: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        fields.append(contentsOf: headers)
        return try await client.execute(uri: uri, method: .post, headers: fields, body: ByteBuffer(string: body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
