import ClaimDeskModel
import ClaimDeskService
import Foundation
import Hummingbird

/// `/search` (full-text, ranked as `claims search`) and `/queue` (unverified claims, most check-worthy first).
struct QueueRoutes {
    let service: ClaimDeskService

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("search") { request, context -> Page in
            let query = RouteInput.query(request, "q") ?? ""
            let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
            let results = trimmed.isEmpty ? [] : try await service.search(trimmed)
            let summary: HTML =
                trimmed.isEmpty
                ? "<p>Type words to find claims (prefixes match).</p>"
                : "<p class=\"muted\">\(results.count) claims match <q>\(trimmed)</q>.</p>"
            let body: HTML = """
                <h1>Search</h1>
                \(summary)
                <ol class="claim-list">\(results.map { Fragments.claimRow($0) })</ol>
                """
            return Page(
                Layout.page(
                    trimmed.isEmpty ? "Search" : "Search: \(trimmed)",
                    query: query,
                    context: context,
                    body: body
                )
            )
        }
        group.get("queue") { _, context -> Page in
            let queue = try await service.reviewQueue()
            let next: HTML =
                queue.first.map {
                    "<p><a class=\"button\" id=\"queue-next\" href=\"/claims/\(Fragments.claimID($0.claim))\">Review the next claim</a></p>"
                }
                ?? "<p>Nothing left to review: every claim has a status.</p>"
            let body: HTML = """
                <h1>Review queue</h1>
                <p class="muted">Unverified claims across documents, most check-worthy first (\(queue.count) shown).</p>
                \(next)
                <ol class="claim-list" id="queue-list" data-live>\(queue.map { Fragments.claimRow($0) })</ol>
                """
            return Page(Layout.page("Review queue", context: context, body: body))
        }
        group.get("queue/next") { _, _ -> Page in
            guard let first = try await service.reviewQueue(limit: 1).first else { return Page.redirect(to: "/queue") }
            return Page.redirect(to: "/claims/\(Fragments.claimID(first.claim))")
        }
    }
}
