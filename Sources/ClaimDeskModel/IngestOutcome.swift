import ClaimDeskText
/// What ingest did with one document.
public struct IngestOutcome: Sendable {
    /// The stored document (the existing one when the same bytes were ingested before).
    public var document: Document
    /// Whether the document is new.
    public var isNew: Bool
    /// How many claims the document has.
    public var claimCount: Int
    /// Links made to claims of other documents.
    public var links: [ClaimLink]

    /// Creates an outcome.
    public init(document: Document, isNew: Bool, claimCount: Int, links: [ClaimLink]) {
        self.document = document
        self.isNew = isNew
        self.claimCount = claimCount
        self.links = links
    }
}
