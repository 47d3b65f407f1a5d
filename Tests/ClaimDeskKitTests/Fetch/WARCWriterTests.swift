import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite("WARCWriter")
struct WARCWriterTests {
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-warc-\(UUID().uuidString)")
    }

    /// Runs `warcio ARGUMENTS`, returning exit status and output; nil when warcio is not installed.
    static func warcio(_ arguments: [String]) throws -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["warcio"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, output)
    }

    static let warcioInstalled = (try? warcio(["--help"]))??.status == 0

    /// Fetches a redirect chain, a gzip body, a Latin-1 page and a 404 and writes them to a new WARC file.
    static func writeSampleWARC() async throws -> (writer: WARCWriter, locations: [WARCLocation?]) {
        let fetcher = CurlFetcher()
        var results: [FetchResult] = []
        for path in ["/redirect/3", "/gzip", "/latin1", "/missing"] {
            results.append(await fetcher.fetch(FetchRequest(url: try TestSite.url(path), limits: FetchLimits(allowPrivateNetwork: true))))
        }
        let writer = try WARCWriter(directory: temporaryDirectory())
        let locations = try results.map { try writer.write($0) }
        writer.close()
        return (writer, locations)
    }

    @Test func recordsAreSeparateGzipMembersAtTheReturnedOffsets() async throws {
        // Given fetched pages written to a WARC file
        let (writer, locations) = try await Self.writeSampleWARC()
        defer { try? FileManager.default.removeItem(at: writer.fileURL.deletingLastPathComponent()) }
        // Then every record's location is returned and the gzip member there decodes to the response record
        #expect(locations.allSatisfy { $0 != nil })
        let data = try [UInt8](Data(contentsOf: writer.fileURL))
        let gzipLocation = try #require(locations[1])
        let member = try #require(Gzip.decompress(Array(data[gzipLocation.offset...])))
        let record = String(decoding: member, as: UTF8.self)
        #expect(record.hasPrefix("WARC/1.1\r\nWARC-Type: response\r\n"))
        #expect(record.contains("WARC-Target-URI: \(try TestSite.url("/gzip"))\r\n"))
        #expect(record.contains("X-Archive-Orig-Content-Encoding: gzip\r\n"))
        #expect(record.contains(TestSite.gzipText))
        let first = try #require(Gzip.decompress(data))
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("WARC/1.1\r\nWARC-Type: warcinfo\r\n"))
    }

    @Test(.enabled(if: WARCWriterTests.warcioInstalled, "warcio is not installed: pip install warcio"))
    func fetchedPagesPassWarcioCheckAndIndex() async throws {
        // Given a redirect chain, a gzip body, a Latin-1 page and a 404 written to a WARC file
        let (writer, locations) = try await Self.writeSampleWARC()
        defer { try? FileManager.default.removeItem(at: writer.fileURL.deletingLastPathComponent()) }
        // When warcio checks and indexes it
        let check = try #require(try Self.warcio(["check", "-v", writer.fileURL.path]))
        let index = try #require(
            try Self.warcio(["index", "-f", "warc-type,warc-target-uri,offset", writer.fileURL.path])
        )
        // Then every digest passes
        #expect(check.status == 0, "warcio check: \(check.output)")
        #expect(!check.output.contains("failed"))
        #expect(check.output.components(separatedBy: "digest pass").count - 1 == 1 + 2 * 7)
        // And every record is indexed: warcinfo + (response + request) × (4 hops of the chain + 3 single pages)
        #expect(index.status == 0)
        let lines = index.output.split(separator: "\n")
        #expect(lines.count == 1 + 2 * 7)
        #expect(lines.filter { $0.contains("\"warc-type\": \"response\"") }.count == 7)
        let gzipLocation = try #require(locations[1])
        #expect(index.output.contains("\"offset\": \"\(gzipLocation.offset)\""))
    }

    @Test func failedFetchWritesNothing() async throws {
        // Given a fetch that failed
        let failed = FetchResult(
            requestedURL: "http://example.invalid/",
            startedAt: Date(),
            failure: FetchFailure(.dns, "no such host")
        )
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try WARCWriter(directory: directory)
        let sizeBefore = try FileManager.default.attributesOfItem(atPath: writer.fileURL.path)[.size] as? Int
        // When it is written
        let location = try writer.write(failed)
        writer.close()
        // Then no record is added
        #expect(location == nil)
        let sizeAfter = try FileManager.default.attributesOfItem(atPath: writer.fileURL.path)[.size] as? Int
        #expect(sizeBefore == sizeAfter)
    }

    @Test func base32MatchesRFC4648Vectors() async {
        #expect(Digest.base32(Array("foobar".utf8)) == "MZXW6YTBOI======")
        #expect(Digest.base32(Array("f".utf8)) == "MY======")
        #expect(Digest.base32([]) == "")
    }

    @Test func gzipRoundTripsConcatenatedMembers() async throws {
        let first = try #require(Gzip.compress(Array("abc".utf8)))
        let second = try #require(Gzip.compress(Array("def".utf8)))
        #expect(Gzip.decompress(first + second) == Array("abcdef".utf8))
    }
}

@Suite("UTCTime")
struct UTCTimeTests {
    @Test(arguments: [0, 1_773_050_400, 1_709_164_799.9, 4_102_444_800])
    func matchesTimestampFormat(seconds: Double) async {
        // Given instants including a leap day's last second and the year 2100
        let date = Date(timeIntervalSince1970: seconds)
        // Then the fast formatter agrees with the workspace's ISO 8601 formatter
        #expect(UTCTime.iso8601(date) == Timestamp.format(date))
    }
}
