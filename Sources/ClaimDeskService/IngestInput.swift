public import ClaimDeskModel
import ClaimDeskFetch
public import ClaimDeskText

/// One thing to ingest: a file, bytes read from standard input, or a web page.
public enum IngestInput: Sendable, Hashable {
    /// A file on disk.
    case file(path: String)
    /// Bytes the caller read (standard input), with the origin to record (`-`).
    case bytes([UInt8], origin: String)
    /// An http(s) URL to fetch, archive and extract.
    case url(String)

    /// The input a command-line argument names: an http(s) URL, else a path; `-` is standard input, which
    /// `standardInput` reads (bounded, with ``FileReader/readStandardInput(maxBytes:)``).
    public static func argument(
        _ argument: String,
        standardInput: () throws(IngestError) -> [UInt8]
    ) throws(IngestError) -> IngestInput {
        if argument == "-" { return .bytes(try standardInput(), origin: "-") }
        if ArticleFetcher.isWebURL(argument) { return .url(argument) }
        return .file(path: argument)
    }

    /// The origin recorded for the input (its path, `-`, or its URL).
    public var origin: String {
        switch self {
        case .file(let path): path
        case .bytes(_, let origin): origin
        case .url(let url): url
        }
    }
}

/// What ingest did with one input: its outcome or why it failed, and for a new version of a URL, what became of
/// the previous version's claims.
public struct IngestItem: Sendable {
    /// The input's origin.
    public var origin: String
    /// The outcome, or why this input was not ingested (the others still were).
    public var result: Result<IngestOutcome, ClaimDeskError>
    /// For a new version of an ingested URL: the previous version's id and where each of its claims anchors now.
    public var newVersion: (previousId: Int64, claims: [ReanchorResult])?
}
