import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A web site on a loopback port for "Check sources now": fixed pages served by a second Hummingbird
/// application, so that a real fetch writes a real WARC record without touching the internet.
enum SourceSite {
    /// The archived page: hostile text (escaped in the HTML, literal in its text), an emoji before the excerpt.
    static let hostilePage = """
        <!doctype html><html><head><title>Stats &amp; more</title><script>alert("head")</script></head>
        <body><p>Intro 😀 &lt;script&gt;alert("archived")&lt;/script&gt; and then: \
        Unemployment fell to 5% in 2025 according to the office.</p></body></html>
        """

    /// Runs `body` with the site listening; `body` gets the base URL (`http://127.0.0.1:PORT`).
    static func with(
        pages: [String: String] = ["/stats": hostilePage],
        _ body: @escaping @Sendable (_ base: String) async throws -> Void
    ) async throws {
        let router = Router()
        for (path, html) in pages {
            router.get(RouterPath(path)) { _, _ in
                Response(
                    status: .ok,
                    headers: [.contentType: "text/html; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: html))
                )
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await body("http://127.0.0.1:\(port)")
        }
    }
}
