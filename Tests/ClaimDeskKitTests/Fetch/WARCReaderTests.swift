import Foundation
import Testing

@testable import ClaimDeskFetch
@testable import ClaimDeskModel
@testable import ClaimDeskText

@Suite("WARCReader")
struct WARCReaderTests {
    /// A two-hop fetch (a redirect, then a page with an emoji and a NUL-free body) made without the network.
    static func sampleResult() -> FetchResult {
        let body = Array("<html><title>Budget 📈</title><p>The deficit fell to 4.2%.</p></html>".utf8)
        return FetchResult(
            requestedURL: "https://news.example/old",
            startedAt: Date(timeIntervalSince1970: 1_773_050_400),
            hops: [
                FetchHop(
                    url: "https://news.example/old",
                    status: 301,
                    requestHead: Array("GET /old HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8),
                    responseHeaders: [HTTPHeader(name: "Location", value: "/new")]
                ),
                FetchHop(
                    url: "https://news.example/new",
                    status: 200,
                    requestHead: Array("GET /new HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8),
                    statusLine: "HTTP/1.1 200 OK",
                    responseHeaders: [
                        HTTPHeader(name: "Content-Type", value: "text/html; charset=utf-8"),
                        HTTPHeader(name: "Content-Encoding", value: "gzip"),
                    ]
                ),
            ],
            body: body
        )
    }

    static func writtenFile() throws -> (url: URL, location: WARCLocation, body: [UInt8]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-warcr-\(UUID())")
        let writer = try WARCWriter(directory: directory, date: Date(timeIntervalSince1970: 1_773_050_400))
        let result = sampleResult()
        let location = try #require(try writer.write(result))
        writer.close()
        return (writer.fileURL, location, result.body)
    }

    @Test func readsBackEveryRecordTheWriterWrote() async throws {
        // Given a fetch with a redirect written by WARCWriter
        let (url, location, body) = try Self.writtenFile()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        // When the whole file is read
        let records = try WARCReader.records([UInt8](Data(contentsOf: url)))
        // Then warcinfo, then response and request for each hop, every block digest matching
        #expect(records.map(\.type) == ["warcinfo", "response", "request", "response", "request"])
        #expect(records.allSatisfy { $0.blockDigestMatches == true })
        #expect(records.allSatisfy { $0.version == "WARC/1.1" })
        // And the final response sits at the returned offset, with its status, headers and the exact body
        let final = try #require(records.first { $0.offset == location.offset })
        #expect(final.targetURI == "https://news.example/new")
        let message = try #require(final.httpMessage)
        #expect(message.status == 200)
        #expect(message.header("x-archive-orig-content-encoding") == "gzip")
        #expect(message.body == body)
        #expect(records[1].httpMessage?.status == 301)
    }

    @Test func readsOneRecordAtItsLocationWithoutTheRest() async throws {
        let (url, location, body) = try Self.writtenFile()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let record = try WARCReader.record(at: location, in: url.deletingLastPathComponent())
        #expect(record.type == "response")
        #expect(record.offset == location.offset)
        #expect(record.httpMessage?.body == body)
        // A location outside the folder is refused before anything is opened
        #expect(throws: WARCReadError.self) {
            try WARCReader.record(at: WARCLocation(file: "../etc/passwd", offset: 0), in: url.deletingLastPathComponent())
        }
        // An offset inside a member is not a record
        #expect(throws: WARCReadError.self) {
            try WARCReader.record(at: WARCLocation(file: location.file, offset: location.offset + 3), in: url.deletingLastPathComponent())
        }
    }

    @Test func readsPlainRecordsWithContinuationLines() async throws {
        let block = "software: hand\r\n"
        let text =
            "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Filename: x.warc\r\n  continued\r\n"
            + "Content-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
        let records = try WARCReader.records(Array((text + text).utf8))
        #expect(records.count == 2)
        #expect(records[0].field("warc-filename") == "x.warc continued")
        #expect(records[0].block == Array(block.utf8))
        #expect(records[0].blockDigestMatches == nil)
        #expect(records[1].offset == text.utf8.count)
    }

    static let malformed: [(String, [UInt8])] = [
        ("no version line", Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8)),
        ("no length", Array("WARC/1.1\r\nWARC-Type: x\r\n\r\n\r\n\r\n".utf8)),
        ("negative length", Array("WARC/1.1\r\nContent-Length: -1\r\n\r\n\r\n\r\n".utf8)),
        ("length in exponent form", Array("WARC/1.1\r\nContent-Length: 1e3\r\n\r\n\r\n\r\n".utf8)),
        ("huge length", Array("WARC/1.1\r\nContent-Length: 99999999999999999999\r\n\r\nabc\r\n\r\n".utf8)),
        ("block past the end", Array("WARC/1.1\r\nContent-Length: 10\r\n\r\nabc\r\n\r\n".utf8)),
        ("no end marker", Array("WARC/1.1\r\nContent-Length: 3\r\n\r\nabcdefg".utf8)),
        ("field without colon", Array("WARC/1.1\r\nbroken\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8)),
        ("continuation first", Array("WARC/1.1\r\n folded\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8)),
        ("invalid UTF-8 head", [0x57, 0x41, 0x52, 0x43, 0x2f, 0xff] + Array("\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8)),
        ("conflicting lengths", Array("WARC/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n".utf8)),
        ("no blank line", Array("WARC/1.1\r\nContent-Length: 0\r\n".utf8)),
        ("truncated gzip", Array(Gzip.compress(Array("WARC/1.1\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8))!.dropLast(6))),
    ]

    @Test(arguments: 0..<malformed.count)
    func refusesMalformedRecordsSayingWhere(index: Int) async throws {
        let (name, bytes) = Self.malformed[index]
        let good = Array("WARC/1.1\r\nContent-Length: 2\r\n\r\nok\r\n\r\n".utf8)
        // A malformed record after a good one is refused, and the error names the bad record's offset
        let error = try #require(throws: WARCReadError.self, "\(name)") { try WARCReader.records(good + bytes) }
        #expect(error.offset == good.count, "\(name): \(error)")
    }

    @Test func aLengthWithLeadingZerosIsTheSameLength() async throws {
        // Found by Fuzz/FuzzWARC: `Content-Length:063` (no space, leading zero) is 63 bytes, as the grammar allows
        let record = try WARCReader.records(Array("WARC/1.1\r\nContent-Length:002\r\n\r\nok\r\n\r\n".utf8))
        #expect(record.first?.block == Array("ok".utf8))
    }

    @Test func aHeadLongerThanTheLimitIsRefused() async throws {
        let text = "WARC/1.1\r\nX-Long: \(String(repeating: "a", count: 200))\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
        #expect(throws: WARCReadError.self) {
            try WARCReader.records(Array(text.utf8), limits: WARCReader.Limits(maxHeadBytes: 100))
        }
        #expect(try WARCReader.records(Array(text.utf8)).count == 1)
    }

    @Test(.enabled(if: WARCWriterTests.warcioInstalled, "warcio is not installed: pip install warcio"))
    func readsAFileWrittenByWarcio() async throws {
        // Given a WARC file written by the peer implementation (warcio, Python)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-warcio-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("peer.warc.gz").path
        let script = """
            import io, sys
            from warcio.warcwriter import WARCWriter
            from warcio.statusandheaders import StatusAndHeaders
            with open(sys.argv[1], 'wb') as out:
                w = WARCWriter(out, gzip=True)
                h = StatusAndHeaders('200 OK', [('Content-Type', 'text/plain')], protocol='HTTP/1.0')
                w.write_record(w.create_warc_record('https://peer.example/a', 'response',
                    payload=io.BytesIO('Le déficit a baissé.'.encode()), http_headers=h))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        // When ClaimDesk reads it
        let records = try WARCReader.records([UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
        // Then the response, its digest and its payload are read
        let response = try #require(records.first { $0.type == "response" })
        #expect(response.targetURI == "https://peer.example/a")
        #expect(response.blockDigestMatches == true)
        #expect(response.httpMessage?.status == 200)
        #expect(response.httpMessage?.body == Array("Le déficit a baissé.".utf8))
    }
}
