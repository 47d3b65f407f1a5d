import ClaimDeskModel
import ClaimDeskText

/// One WARC record as read back from an archive: its named fields and its block, byte for byte.
public struct WARCRecord: Sendable, Hashable {
    /// The version line, `WARC/1.1` or `WARC/1.0`.
    public var version: String
    /// The named fields in file order (names as written).
    public var fields: [HTTPHeader]
    /// The record block: exactly `Content-Length` bytes.
    public var block: [UInt8]
    /// Where the record starts in its file: the offset of its gzip member, or of its version line when plain.
    public var offset: Int

    /// Creates a record.
    public init(version: String, fields: [HTTPHeader], block: [UInt8], offset: Int) {
        self.version = version
        self.fields = fields
        self.block = block
        self.offset = offset
    }

    /// The first field named `name` (case-insensitive), if any.
    public func field(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// `WARC-Type`: `warcinfo`, `response`, `request`…
    public var type: String? { field("WARC-Type") }
    /// `WARC-Target-URI`.
    public var targetURI: String? { field("WARC-Target-URI") }
    /// `WARC-Date`.
    public var date: String? { field("WARC-Date") }
    /// `WARC-Record-ID`.
    public var recordID: String? { field("WARC-Record-ID") }

    /// Whether the block matches its `WARC-Block-Digest` field (SHA-1 or SHA-256); nil without such a field.
    public var blockDigestMatches: Bool? {
        field("WARC-Block-Digest").flatMap { Digest.warcDigestMatches($0, block) }
    }

    /// The HTTP message inside a `response` or `request` record whose content type is `application/http`.
    public var httpMessage: HTTPMessage? {
        guard let contentType = field("Content-Type")?.lowercased(), contentType.hasPrefix("application/http") else {
            return nil
        }
        return HTTPMessage(parsing: block)
    }
}

/// An HTTP message stored in a WARC block: start line, header fields and body (the rest of the block).
public struct HTTPMessage: Sendable, Hashable {
    /// `HTTP/1.1 200 OK` or `GET /path HTTP/1.1`.
    public var startLine: String
    /// Header fields in order.
    public var headers: [HTTPHeader]
    /// Everything after the blank line that ends the head.
    public var body: [UInt8]

    /// The status code of a response's start line, when it is one.
    public var status: Int? {
        let parts = startLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), parts[1].count == 3 else { return nil }
        return Int(parts[1])
    }

    /// The first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// Parses `block`; nil when it has no complete head (no blank line) or the head is not text.
    init?(parsing block: [UInt8]) {
        guard let end = WARCReader.headEnd(block, from: 0, limit: block.count),
            let lines = WARCReader.headLines(block[0..<end])
        else { return nil }
        guard let first = lines.first, !first.isEmpty else { return nil }
        startLine = first
        guard let headers = WARCReader.fields(lines.dropFirst()) else { return nil }
        self.headers = headers
        body = Array(block[(end + 4)...])
    }
}
