import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// Writes fetches as WARC/1.1 files: a `warcinfo` record first, then a request and a response record per hop,
/// each record its own gzip member so a reader can seek straight to any record's offset.
///
/// Bodies are stored decoded (as ``FetchResult/body``), so each stored response's `Content-Encoding`,
/// `Transfer-Encoding` and a stale `Content-Length` are renamed `X-Archive-Orig-…` and a true `Content-Length`
/// is added: the record then describes exactly the bytes it holds, and `warcio check` verifies both digests.
public final class WARCWriter {
    /// The file name, inside the archive folder.
    public let fileName: String
    /// The file's full path.
    public let fileURL: URL
    private let handle: FileHandle
    private var offset: Int
    private let warcinfoID: String

    /// Creates `directory/<prefix>-<UTC time>-<random>.warc.gz` and writes its `warcinfo` record.
    ///
    /// - Parameters:
    ///   - directory: the archive folder; created when missing.
    ///   - date: the time in the file name and the `warcinfo` record.
    ///   - software: the `software` field of `warcinfo`.
    /// - Throws: ``WARCError`` when the folder or file cannot be created or written.
    public init(
        directory: URL,
        date: Date = Date(),
        prefix: String = "claimdesk",
        software: String = "ClaimDesk/0.1"
    )
        throws(WARCError)
    {
        let stamp = WARCWriter.compactStamp(date)
        let random = UUID().uuidString.prefix(8).lowercased()
        fileName = "\(prefix)-\(stamp)-\(random).warc.gz"
        fileURL = directory.appendingPathComponent(fileName)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: fileURL.path, contents: nil) else {
                throw WARCError("cannot create \(fileURL.path)")
            }
            handle = try FileHandle(forWritingTo: fileURL)
        } catch let error as WARCError {
            throw error
        } catch {
            throw WARCError("cannot open \(fileURL.path): \(error)")
        }
        offset = 0
        warcinfoID = WARCWriter.recordID()
        let fields =
            "software: \(software)\r\nformat: WARC File Format 1.1\r\n"
            + "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        try append(
            type: "warcinfo",
            id: warcinfoID,
            date: date,
            extra: [("WARC-Filename", fileName)],
            contentType: "application/warc-fields",
            block: Array(fields.utf8)
        )
    }

    deinit {
        try? handle.close()
    }

    /// Appends the request and response records of every hop of a successful fetch.
    ///
    /// - Returns: where the final response record starts, or nil for a failed fetch (nothing is written).
    /// - Throws: ``WARCError`` when the file cannot be written.
    @discardableResult
    public func write(_ result: FetchResult) throws(WARCError) -> WARCLocation? {
        guard result.succeeded else { return nil }
        var location: WARCLocation?
        for (index, hop) in result.hops.enumerated() {
            let isFinal = index == result.hops.count - 1
            let payload = isFinal ? result.body : []
            let responseID = WARCWriter.recordID()
            var common = [("WARC-Target-URI", hop.url), ("WARC-Warcinfo-ID", warcinfoID)]
            if let ip = hop.remoteIP { common.append(("WARC-IP-Address", ip)) }
            let responseOffset = offset
            let head = Array(WARCWriter.responseHead(hop, payloadCount: payload.count).utf8)
            try append(
                type: "response",
                id: responseID,
                date: result.startedAt,
                extra: common + [("WARC-Payload-Digest", Digest.warcSHA256(payload))],
                contentType: "application/http;msgtype=response",
                block: head + payload
            )
            if !hop.requestHead.isEmpty {
                try append(
                    type: "request",
                    id: WARCWriter.recordID(),
                    date: result.startedAt,
                    extra: common + [("WARC-Concurrent-To", responseID)],
                    contentType: "application/http;msgtype=request",
                    block: hop.requestHead
                )
            }
            if isFinal { location = WARCLocation(file: fileName, offset: responseOffset) }
        }
        return location
    }

    /// Closes the file.
    public func close() {
        try? handle.close()
    }

    private func append(
        type: String,
        id: String,
        date: Date,
        extra: [(String, String)],
        contentType: String,
        block: [UInt8]
    ) throws(WARCError) {
        var head =
            "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\nWARC-Date: \(WARCWriter.warcDate(date))\r\n"
        for (name, value) in extra { head += "\(name): \(value)\r\n" }
        head += "WARC-Block-Digest: \(Digest.warcSHA256(block))\r\n"
        head += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        let record = Array(head.utf8) + block + Array("\r\n\r\n".utf8)
        guard let member = Gzip.compress(record) else { throw WARCError("gzip failed") }
        do {
            try handle.write(contentsOf: member)
        } catch {
            throw WARCError("cannot write \(fileURL.path): \(error)")
        }
        offset += member.count
    }

    /// The stored response head: status line and headers, with encoding headers renamed to match the stored body.
    static func responseHead(_ hop: FetchHop, payloadCount: Int) -> String {
        var head = hop.statusLine + "\r\n"
        for header in hop.responseHeaders {
            switch header.name.lowercased() {
            case "content-encoding", "transfer-encoding", "content-length":
                head += "X-Archive-Orig-\(header.name): \(header.value)\r\n"
            default:
                head += "\(header.name): \(header.value)\r\n"
            }
        }
        return head + "Content-Length: \(payloadCount)\r\n\r\n"
    }

    static func recordID() -> String { "<urn:uuid:\(UUID().uuidString.lowercased())>" }

    /// `2026-03-09T10:00:00Z`.
    static func warcDate(_ date: Date) -> String { UTCTime.iso8601(date) }

    /// `20260309T100000Z`.
    static func compactStamp(_ date: Date) -> String { UTCTime.compact(date) }
}

/// Where a record starts: a WARC file in the archive folder and the byte offset of its gzip member.
public struct WARCLocation: Sendable, Hashable, Codable {
    /// File name, relative to the archive folder.
    public var file: String
    /// Byte offset of the record's gzip member.
    public var offset: Int

    /// Creates a location.
    public init(file: String, offset: Int) {
        self.file = file
        self.offset = offset
    }
}

/// Why a WARC file could not be written.
public struct WARCError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
