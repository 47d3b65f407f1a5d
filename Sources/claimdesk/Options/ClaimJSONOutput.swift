import ClaimDeskModel
import ClaimDeskReport
import Foundation
import Synchronization

/// Claims as one JSON array on standard output, written a page at a time as the pages arrive (the same bytes as
/// ``Output/json(_:)`` prints for the whole array), so listing every claim of a large workspace streams instead
/// of building the listing in memory.
final class ClaimJSONOutput: Sendable {
    private let stream = Mutex(ClaimJSONStream(output: ClaimJSONOutput.standardOutput))

    /// Writes the next claims of the array.
    func write(_ page: [ClaimDetail]) throws {
        try stream.withLock { try $0.write(page.map(ClaimJSON.init)) }
    }

    /// Closes the array and ends the line.
    func finish() throws {
        try stream.withLock { try $0.finish() }
        try Self.standardOutput(Array("\n".utf8))
    }

    private static func standardOutput(_ bytes: [UInt8]) throws {
        try Output.write(bytes)
    }
}
