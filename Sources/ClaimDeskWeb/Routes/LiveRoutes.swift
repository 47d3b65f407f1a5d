import ClaimDeskService
import Hummingbird
import ServiceLifecycle

/// `/live?since=N`: server-sent events that tell an open page the workspace changed.
///
/// Every page carries the history's event count when it was rendered (`data-head` on its body); its script opens
/// this stream with that count. The server reads the count every `interval` (one row) and, as soon as it differs,
/// sends one `change` event with the new count and ends the stream; the script then fetches the page again and
/// swaps the parts marked `data-live` (never a form, so nothing the reader is typing is lost), and opens a new
/// stream. A change made by another reviewer or by the CLI in another process shows the same way. A stream
/// without change ends after `lifetime` (the browser reconnects), and at once when the server shuts down.
struct LiveRoutes {
    let service: ClaimDeskService
    /// How often the count is read.
    var interval: Duration = .seconds(1)
    /// How long a stream without change stays open.
    var lifetime: Duration = .seconds(25)

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("live") { request, _ -> Response in
            let text = RouteInput.query(request, "since") ?? ""
            guard let since = Int(text), since >= 0 else {
                throw WebError.badRequest("“\(text)” is not an event count.")
            }
            let body = ResponseBody { [service, interval, lifetime] writer in
                try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
                var waited: Duration = .zero
                while waited < lifetime, !Task.isCancelled, !Task.isShuttingDownGracefully {
                    let count = try await service.historyCount()
                    if count != since {
                        try await writer.write(ByteBuffer(string: "event: change\ndata: \(count)\n\n"))
                        break
                    }
                    try await Task.sleep(for: interval)
                    waited += interval
                }
                try await writer.finish(nil)
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: body
            )
        }
    }
}
