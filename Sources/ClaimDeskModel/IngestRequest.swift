import ClaimDeskText
/// What to store for one ingested document: the document and the claims extracted from its text.
public struct IngestRequest: Sendable {
    /// The document, fully described, without an id.
    public var document: Document
    /// The claims the extractor found in `document.text`.
    public var claims: [ExtractedClaim]
    /// Who ingests.
    public var actor: String
    /// The capture the document was fetched as (a URL ingest), stored in the same transaction; nil for files.
    public var capture: Capture?
    /// The rule that says whether a new claim states the same as a claim of another document; nil links nothing.
    public var linker: (any ClaimLinker)?

    /// Creates a request.
    public init(document: Document, claims: [ExtractedClaim], actor: String, linker: (any ClaimLinker)? = nil) {
        self.document = document
        self.claims = claims
        self.actor = actor
        self.linker = linker
    }
}
