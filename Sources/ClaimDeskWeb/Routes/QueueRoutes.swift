import ClaimDeskModel
import ClaimDeskService
import Foundation
import Hummingbird

/// `/search` (full-text, ranked as `claims search`) and `/queue` (unverified claims, most check-worthy first).
struct QueueRoutes {
    let service: ClaimDeskService
    /// Search results and queue pages, by request and history head.
    let pages = RenderCache<PageKey, HTML>()

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("search") { request, context -> Page in
            let query = RouteInput.query(request, "q") ?? ""
            let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
            let body = try await pages.value(for: PageKey.of(request.uri.description, head: context.head)) {
                @Sendable [service] in
                let results = trimmed.isEmpty ? [] : try await service.search(trimmed)
                let summary: HTML =
                    trimmed.isEmpty
                    ? "<p>Type words to find claims (prefixes match).</p>"
                    : "<p class=\"muted\">\(results.count) claims match <q>\(trimmed)</q>.</p>"
                return """
                    <h1>Search</h1>
                    \(summary)
                    <ol class="claim-list">\(results.map { Fragments.claimRow($0) })</ol>
                    """ as HTML
            }
            return Page(
                Layout.page(
                    trimmed.isEmpty ? "Search" : "Search: \(trimmed)",
                    query: query,
                    context: context,
                    body: body
                )
            )
        }
        group.get("queue") { request, context -> Page in
            let number = try RouteInput.page(request)
            let body = try await pages.value(for: PageKey.of(request.uri.description, head: context.head)) {
                @Sendable [service] in try await Self.queueBody(service.reviewQueue(page: number))
            }
            return Page(Layout.page("Review queue", context: context, body: body))
        }
        group.get("queue/next") { request, _ -> Page in
            let after = try RouteInput.query(request, "after").map { text throws(WebError) -> Int64 in
                guard let id = PublicID.parse(text, as: .claim) else {
                    throw .badRequest("“\(text)” is not a claim id (like c12).")
                }
                return id
            }
            guard let next = try await service.nextInQueue(after: after) else { return Page.redirect(to: "/queue") }
            return Page.redirect(to: "/claims/\(PublicID.format(next, as: .claim))")
        }
    }

    /// The review queue's page: the next claim, the list, the pager.
    static func queueBody(_ queue: QueuePage) -> HTML {
        let next: HTML =
            queue.claims.first.map {
                "<p><a class=\"button\" id=\"queue-next\" href=\"/claims/\(Fragments.claimID($0.claim))\">Review the next claim</a></p>"
            }
            ?? "<p>Nothing left to review: every claim has a status.</p>"
        let count = queue.isCountCapped ? "\(String(queue.total)) or more" : String(queue.total)
        let shown =
            queue.pageCount > 1
            ? "\(count) in all; page \(queue.page)\(queue.isCountCapped ? "" : " of \(queue.pageCount)")"
            : "\(count) in all"
        let body: HTML = """
            <h1>Review queue</h1>
            <p class="muted">Unverified claims across documents, most check-worthy first (\(shown)).</p>
            \(next)
            <ol class="claim-list" id="queue-list" data-live start="\((queue.page - 1) * queue.perPage + 1)">\(queue.claims.map { Fragments.claimRow($0) })</ol>
            \(Self.pager(queue))
            """
        return body
    }

    /// The queue's previous/next page links.
    static func pager(_ queue: QueuePage) -> HTML {
        let previous: HTML =
            queue.page > 1 ? "<a rel=\"prev\" href=\"/queue?page=\(queue.page - 1)\">← More check-worthy</a>" : .empty
        let next: HTML =
            queue.page < queue.pageCount
            ? "<a rel=\"next\" href=\"/queue?page=\(queue.page + 1)\">Less check-worthy →</a>" : .empty
        guard queue.pageCount > 1 else { return .empty }
        return "<nav class=\"pager\" aria-label=\"Pages\">\(previous) \(next)</nav>"
    }
}
