import Foundation
import Hummingbird

/// The stylesheet and the script, served from the package's resources (no CDN, no build step).
struct StaticRoutes {
    /// A resource file with its media type.
    struct Asset: Sendable {
        var contentType: String
        var bytes: ByteBuffer
    }

    /// The files under `Resources/static`, read once.
    static let assets: [String: Asset] = {
        let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"]
        var assets: [String: Asset] = [:]
        for (name, type) in [("app.css", "css"), ("app.js", "js")] {
            guard let url = Bundle.module.resourceURL?.appendingPathComponent("static/\(name)"),
                let data = try? Data(contentsOf: url), let contentType = types[type]
            else { continue }
            assets[name] = Asset(contentType: contentType, bytes: ByteBuffer(bytes: data))
        }
        return assets
    }()

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/static/:name") { _, context -> Response in
            guard let name = context.parameters.get("name"), let asset = Self.assets[name] else {
                throw WebError(.notFound, "There is no such file.")
            }
            return Response(
                status: .ok,
                headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
                body: .init(byteBuffer: asset.bytes)
            )
        }
    }
}
