import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// Reads test fixtures shipped under `Fixtures/`.
enum FixtureLoader {
    static func url(_ path: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// The worked example article, normalised as ingest stores it.
    static func example() throws -> String {
        let bytes = try Data(contentsOf: url("examples/2026-03-09-openai-pentagon.fr.txt"))
        return try DocumentDecoder.decode([UInt8](bytes))
    }
}
