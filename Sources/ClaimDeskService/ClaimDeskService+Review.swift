public import ClaimDeskModel
import ClaimDeskExtraction
import ClaimDeskStore
import ClaimDeskText

extension ClaimDeskService {
    /// Changes a claim's status under the ``Guardrail`` (one transaction, one `status` event).
    ///
    /// - Parameters:
    ///   - claimId: the claim.
    ///   - status: the new status.
    ///   - note: why; recorded and shown in reports.
    ///   - force: override a missing requirement (needs a note; recorded as an override).
    /// - Returns: the claim as it is now, with its history.
    /// - Throws: ``ClaimDeskError``: `.notFound` for an unknown claim; `.refused` with the guardrail's
    ///   ``ClaimDeskError/Reason/guardrail(_:)`` when evidence is missing.
    public func setStatus(
        of claimId: Int64,
        to status: ClaimStatus,
        note: String?,
        force: Bool
    ) async throws(ClaimDeskError) -> ClaimDetail {
        try await store.setStatus(of: claimId, to: status, note: note, force: force, context: context)
        return try await store.claimDetail(id: claimId)
    }

    /// Restates a claim (its original text and occurrences stay; an `edit` event records the change).
    public func editClaim(_ claimId: Int64, text: String, note: String?) async throws(ClaimDeskError) -> ClaimDetail {
        try await store.editClaim(claimId, text: text, note: note, context: context)
        return try await store.claimDetail(id: claimId)
    }

    /// Adds a claim the extractor missed, anchored by a quote that occurs exactly once in the document; its values
    /// (type, numbers, dates, speaker) are read from the quote by the extraction engine.
    ///
    /// - Throws: ``ClaimDeskError``: `.notFound` for an unknown document; `.refused` with
    ///   ``ClaimDeskError/Reason/quote(_:)`` when the quote is empty, absent or ambiguous.
    public func addClaim(documentId: Int64, quote: String, note: String?) async throws(ClaimDeskError) -> ClaimDetail {
        let document = try await store.document(id: documentId)
        let analysis = ClaimExtractor(language: document.lang, documentDate: document.published)
            .extract(from: DocumentDecoder.normalize(quote)).first
        return try await store.addClaim(documentId: documentId, quote: quote, analysis: analysis, note: note, context: context)
    }

    /// Merges claim `absorbed` into `kept`: occurrences, sources and links move; the absorbed claim's history stays.
    public func mergeClaims(kept: Int64, absorbed: Int64, note: String?) async throws(ClaimDeskError) -> ClaimDetail {
        try await store.mergeClaims(kept: kept, absorbed: absorbed, note: note, context: context)
        return try await store.claimDetail(id: kept)
    }

    /// Recomputes the whole history's hash chain.
    ///
    /// - Returns: how many events verified.
    /// - Throws: ``ClaimDeskError`` `.tampered`, naming the first edited, deleted or reordered event.
    public func verifyHistory() async throws(ClaimDeskError) -> Int {
        try await store.verifyHistory()
    }
}
