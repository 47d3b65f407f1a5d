public import ClaimDeskModel
import ClaimDeskStore

/// One page of the document list, each document with its claims counted by status.
public struct DocumentPage: Sendable, Hashable {
    /// A document and how many of its claims have each status.
    public struct Entry: Sendable, Hashable {
        /// The document.
        public var document: Document
        /// Its claims (first found in it, not merged away) by status; statuses without claims are absent.
        public var statusCounts: [ClaimStatus: Int]
        /// Its claim count.
        public var claims: Int { statusCounts.values.reduce(0, +) }
    }

    /// The documents on this page, newest first.
    public var entries: [Entry]
    /// The page number, from 1 (clamped to the pages there are).
    public var page: Int
    /// How many documents a page holds.
    public var perPage: Int
    /// How many documents there are in all.
    public var total: Int
    /// How many pages there are (at least 1).
    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}

extension ClaimDeskService {
    /// One page of the documents `filter` selects, newest first, with their claims counted by status (the
    /// workbench's list); only that page is read from the database.
    ///
    /// - Parameters:
    ///   - page: the page, from 1; out-of-range pages are clamped.
    ///   - perPage: documents per page (at least 1).
    ///   - filter: which documents (language, publisher, a claim status).
    public func documentPage(
        _ page: Int,
        perPage: Int = 25,
        filter: DocumentFilter = DocumentFilter()
    ) async throws(ClaimDeskError) -> DocumentPage {
        let perPage = max(1, perPage)
        var page = max(1, page)
        var found = try await store.documentPage(filter, offset: (page - 1) * perPage, limit: perPage)
        let pageCount = max(1, (found.total + perPage - 1) / perPage)
        if page > pageCount {
            page = pageCount
            found = try await store.documentPage(filter, offset: (page - 1) * perPage, limit: perPage)
        }
        return DocumentPage(
            entries: found.documents.map {
                DocumentPage.Entry(document: $0, statusCounts: found.statusCounts[$0.id ?? 0] ?? [:])
            },
            page: page,
            perPage: perPage,
            total: found.total
        )
    }

    /// The publishers the documents name, sorted (the choices of the list's filter).
    public func publishers() async throws(ClaimDeskError) -> [String] {
        try await store.publishers()
    }

    /// The review queue: unverified claims across documents, most check-worthy first (ties: oldest claim first).
    ///
    /// - Parameter limit: how many to return at most.
    public func reviewQueue(limit: Int = 100) async throws(ClaimDeskError) -> [ClaimDetail] {
        let unverified = try await claims(ClaimFilter(status: .unverified))
        let sorted = unverified.sorted {
            ($0.claim.score, -($0.claim.id ?? 0)) > ($1.claim.score, -($1.claim.id ?? 0))
        }
        return Array(sorted.prefix(max(0, limit)))
    }
}

extension ClaimDeskService {
    /// How many events the history holds: it moves with every change, by this server, another one or the CLI
    /// (one indexed row read, cheap enough to poll every second).
    public func historyCount() async throws(ClaimDeskError) -> Int {
        try await store.storedHead().count
    }
}
