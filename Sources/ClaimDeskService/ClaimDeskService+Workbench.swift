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

/// One page of the review queue (the workbench's `/queue`).
public struct QueuePage: Sendable {
    /// The claims on this page, most check-worthy first.
    public var claims: [ClaimDetail]
    /// The page number, from 1 (clamped to the pages there are).
    public var page: Int
    /// How many claims a page holds.
    public var perPage: Int
    /// How many claims the queue holds, counted up to 10 000 (see ``isCountCapped``).
    public var total: Int
    /// Whether counting stopped at its limit: the queue holds at least ``total`` claims.
    public var isCountCapped: Bool { total >= 10_000 && total > page * perPage }
    /// How many pages there are (at least 1), as far as counted.
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

    /// One page of the review queue: unverified claims across documents, most check-worthy first (ties: oldest
    /// claim first); only that page is read from the database.
    ///
    /// - Parameters:
    ///   - page: the page, from 1; out-of-range pages are clamped.
    ///   - perPage: claims per page (at least 1).
    public func reviewQueue(page: Int = 1, perPage: Int = 50) async throws(ClaimDeskError) -> QueuePage {
        let perPage = max(1, perPage)
        var page = max(1, page)
        var found = try await store.queuePage(offset: (page - 1) * perPage, limit: perPage)
        let pageCount = max(1, (found.total + perPage - 1) / perPage)
        if page > pageCount {
            page = pageCount
            found = try await store.queuePage(offset: (page - 1) * perPage, limit: perPage)
        }
        return QueuePage(claims: found.claims, page: page, perPage: perPage, total: found.total)
    }

    /// The claim to review after claim `claimId`: the next one in the queue's order below it (whatever its status
    /// now), or the queue's first claim when `claimId` is nil; nil when the queue has nothing more.
    public func nextInQueue(after claimId: Int64? = nil) async throws(ClaimDeskError) -> Int64? {
        try await store.queueClaimId(after: claimId)
    }
}

extension ClaimDeskService {
    /// How many events the history holds: it moves with every change, by this server, another one or the CLI
    /// (one indexed row read, cheap enough to poll every second).
    public func historyCount() async throws(ClaimDeskError) -> Int {
        try await store.storedHead().count
    }
}
