public import ClaimDeskModel
import ClaimDeskStore

/// A document with how many claims were first found in it.
public struct DocumentSummary: Sendable, Hashable {
    /// The document.
    public var document: Document
    /// Its claim count.
    public var claims: Int
}

extension ClaimDeskService {
    /// Every document, oldest first, with its claim count.
    public func documents() async throws(ClaimDeskError) -> [DocumentSummary] {
        let counts = try await store.claimCounts()
        return try await store.documents().map { DocumentSummary(document: $0, claims: counts[$0.id ?? 0] ?? 0) }
    }

    /// One document with its claim count.
    ///
    /// - Throws: ``ClaimDeskError`` `.notFound` for an unknown id.
    public func document(id: Int64) async throws(ClaimDeskError) -> DocumentSummary {
        let document = try await store.document(id: id)
        return DocumentSummary(document: document, claims: try await store.claimCount(documentId: id))
    }

    /// One document with every claim, occurrence, source, capture and event.
    ///
    /// - Parameter withHistory: false leaves the events out, for views that show none (the workbench's document view).
    public func documentDetail(id: Int64, withHistory: Bool = true) async throws(ClaimDeskError) -> DocumentDetail {
        try await store.documentDetail(id: id, withHistory: withHistory)
    }

    /// The ids of the claims first found in a document, in reading order (the claim panel's previous and next).
    public func claimOrder(documentId: Int64) async throws(ClaimDeskError) -> [Int64] {
        try await store.claimOrder(documentId: documentId)
    }

    /// The claims a filter selects; a filter naming an unknown document fails with `.notFound`.
    public func claims(_ filter: ClaimFilter = ClaimFilter()) async throws(ClaimDeskError) -> [ClaimDetail] {
        if let documentId = filter.documentId { _ = try await store.document(id: documentId) }
        return try await store.claims(filter)
    }

    /// The claims a filter selects, a page at a time from one snapshot (``ClaimStore/claims(_:pageSize:_:)``); a
    /// filter naming an unknown document fails with `.notFound`.
    public func claims(
        _ filter: ClaimFilter,
        pageSize: Int,
        _ body: @escaping @Sendable ([ClaimDetail]) throws -> Void
    ) async throws(ClaimDeskError) {
        if let documentId = filter.documentId { _ = try await store.document(id: documentId) }
        try await store.claims(filter, pageSize: pageSize, body)
    }

    /// One claim in full: occurrences, values, score signals, sources, links and history.
    public func claimDetail(id: Int64) async throws(ClaimDeskError) -> ClaimDetail {
        try await store.claimDetail(id: id)
    }

    /// Full-text search over claims (FTS5, ranked); any input is safe.
    public func search(_ query: String, limit: Int = 50) async throws(ClaimDeskError) -> [ClaimDetail] {
        try await store.search(query, limit: limit)
    }

    /// The newest public ids of one kind (`c12`, `d3`…), newest first, for shell completion.
    public func recentIds(of kind: PublicID.Kind, limit: Int = 200) async throws(ClaimDeskError) -> [String] {
        try await store.recentIds(of: kind, limit: limit).map { PublicID.format($0, as: kind) }
    }

    /// Sets the reviewing organisation (for ClaimReview), leaving what is not given as it is.
    ///
    /// - Throws: ``ClaimDeskError`` `.refused` for a URL that is not http(s) (it becomes a link on fact-check
    ///   pages); nothing is changed then.
    public func setOrganisation(name: String?, url: String?) async throws(ClaimDeskError) {
        if let url {
            do {
                _ = try URLNormalizer.normalize(url)
            } catch {
                throw ClaimDeskError(
                    .refused,
                    "'\(url)' is not a usable organisation URL: give its http or https home page",
                    subject: url
                )
            }
        }
        if let name { try await store.setSetting("organisation.name", to: name) }
        if let url { try await store.setSetting("organisation.url", to: url) }
    }
}
