import Foundation
import Testing

@testable import ClaimDeskText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Input files: size limits, links and special files, and encodings that are not UTF-8, each with its true cause.
@Suite struct FileReaderTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aSymbolicLinkIsRefusedUnlessFollowedAndNeverToASpecialFile() async throws {
        let folder = try Self.folder()
        let target = folder.appendingPathComponent("article.txt")
        try Data("Le budget a atteint 12 millions.".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        #expect(throws: IngestError.symlink(path: link, target: target.path)) { try FileReader.read(path: link) }
        #expect(try FileReader.read(path: link, limits: .init(followSymlinks: true)).count == 32)
        // A followed link to a FIFO is still refused, and never opened (a read would block)
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let toFifo = folder.appendingPathComponent("to-pipe").path
        try FileManager.default.createSymbolicLink(atPath: toFifo, withDestinationPath: fifo)
        #expect(throws: IngestError.notRegularFile(path: toFifo, kind: "FIFO (named pipe)")) {
            try FileReader.read(path: toFifo, limits: .init(followSymlinks: true))
        }
        #expect(throws: IngestError.notRegularFile(path: "/dev/null", kind: "device")) {
            try FileReader.read(path: "/dev/null")
        }
    }

    @Test func anInputOverTheLimitIsRefusedBeforeItIsRead() async throws {
        let file = try Self.folder().appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 1000).write(to: file)
        #expect(throws: IngestError.tooLarge(path: file.path, size: 1000, limit: 999)) {
            try FileReader.read(path: file.path, limits: .init(maxBytes: 999))
        }
        #expect(try FileReader.read(path: file.path, limits: .init(maxBytes: 1000)).count == 1000)
    }

    @Test func utf16IsNamedAsSuch() async throws {
        let littleEndianWithoutMark: [UInt8] = Array("Le budget".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let samples: [[UInt8]] = [
            [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00], [0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69], littleEndianWithoutMark,
        ]
        for bytes in samples {
            #expect(throws: IngestError.utf16) { try DocumentDecoder.decode(bytes) }
        }
    }

    @Test func aBinaryFileIsStillBinary() async throws {
        #expect(throws: IngestError.binary(offset: 4)) { try DocumentDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) }
    }
}
