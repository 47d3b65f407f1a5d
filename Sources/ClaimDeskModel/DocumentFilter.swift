import ClaimDeskText

/// Which documents the workbench's list shows.
public struct DocumentFilter: Sendable, Hashable {
    /// Only documents in this language.
    public var lang: Language?
    /// Only documents of this publisher (exactly as stored).
    public var publisher: String?
    /// Only documents with at least one claim (not merged away) of this status.
    public var status: ClaimStatus?

    /// Creates a filter; the default shows every document.
    public init(lang: Language? = nil, publisher: String? = nil, status: ClaimStatus? = nil) {
        self.lang = lang
        self.publisher = publisher
        self.status = status
    }
}
