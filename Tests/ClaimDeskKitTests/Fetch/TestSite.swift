import Foundation

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// The loopback site every fetch test uses: one server for the whole test run, with one path per case.
enum TestSite {
    static let utf8HTML = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Chômage en baisse</title>
        <meta name="author" content="Camille Martin"></head>
        <body><nav>Accueil | Politique</nav><article><h1>Chômage en baisse</h1>
        <p>Le taux de chômage a reculé à 7,3 % au troisième trimestre, selon l’Insee.</p>
        <p>C’est la première baisse depuis deux ans.</p></article>
        <script>var tracking = "ignore me";</script><footer>© Le Journal</footer></body></html>
        """

    /// "Café à Paris: élève" in ISO-8859-1 bytes (é = 0xE9, à = 0xE0, è = 0xE8), declared in the header only.
    static let latin1Body: [UInt8] =
        Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" ".utf8) + [0xE0]
        + Array(" Paris: ".utf8) + [0xE9] + Array("l".utf8) + [0xE8] + Array("ve</p></body></html>".utf8)

    static let gzipText = String(repeating: "Le texte compressé est bien décodé. ", count: 200)

    static let server: LoopbackServer? = try? LoopbackServer { path, _ in reply(path) }

    static func url(_ path: String) throws -> String {
        guard let server else { throw LoopbackServer.ServerError("loopback server did not start") }
        return server.url(path)
    }

    static func html(_ text: String, charset: String = "utf-8") -> LoopbackServer.Reply {
        .respond(status: 200, headers: [("Content-Type", "text/html; charset=\(charset)")], body: Array(text.utf8))
    }

    static func redirect(_ location: String, status: Int = 302) -> LoopbackServer.Reply {
        .respond(status: status, headers: [("Location", location)], body: Array("moved".utf8))
    }

    static func reply(_ path: String) -> LoopbackServer.Reply {
        switch path {
        case "/utf8": return html(utf8HTML)
        case "/latin1":
            return .respond(status: 200, headers: [("Content-Type", "text/html; charset=ISO-8859-1")], body: latin1Body)
        case "/redirect/3": return redirect("/redirect/2", status: 301)
        case "/redirect/2": return redirect("http://127.0.0.1:\(server?.port ?? 0)/redirect/1")
        case "/redirect/1": return redirect("/utf8")
        case "/loop/a": return redirect("/loop/b")
        case "/loop/b": return redirect("/loop/a")
        case "/missing": return .respond(status: 404, headers: [("Content-Type", "text/plain")], body: Array("no".utf8))
        case "/gone": return .respond(status: 410, headers: [("Content-Type", "text/plain")], body: Array("gone".utf8))
        case "/error": return .respond(status: 500, headers: [("Content-Type", "text/plain")], body: Array("oops".utf8))
        case "/slow": return .delayed(seconds: 3) { html("<p>too late</p>") }
        case "/big":
            return .respond(
                status: 200,
                headers: [("Content-Type", "text/plain")],
                body: [UInt8](repeating: 65, count: 300_000)
            )
        case "/big-unannounced":
            let chunks = [[UInt8]](repeating: [UInt8](repeating: 66, count: 50_000), count: 6)
            return .trickle(status: 200, headers: [("Content-Type", "text/plain")], chunks: chunks, pause: 0)
        case "/gzip":
            let body = Gzip.compress(Array(gzipText.utf8)) ?? []
            return .respond(
                status: 200,
                headers: [("Content-Type", "text/plain; charset=utf-8"), ("Content-Encoding", "gzip")],
                body: body
            )
        case "/bomb":
            let body = Gzip.compress([UInt8](repeating: 0, count: 20_000_000), level: 9) ?? []
            return .respond(
                status: 200,
                headers: [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")],
                body: body
            )
        case "/to-file": return redirect("file:///etc/passwd")
        case "/trickle":
            let chunks = [[UInt8]](repeating: Array("x".utf8), count: 40)
            return .trickle(
                status: 200,
                headers: [("Content-Type", "text/plain"), ("Content-Length", "40")],
                chunks: chunks,
                pause: 0.25
            )
        default: return .respond(status: 404, headers: [], body: [])
        }
    }
}
