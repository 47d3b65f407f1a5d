import Foundation
import Synchronization
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// `claims list --json` streams the array a page at a time; the bytes must be those of the whole array.
@Suite struct ClaimJSONStreamTests {
    static func streamed(_ claims: [ClaimJSON], pageSize: Int) throws -> (text: String, flushes: Int) {
        var out: [UInt8] = []
        var flushes = 0
        var stream = ClaimJSONStream { bytes in
            out += bytes
            flushes += 1
        }
        for start in stride(from: 0, to: claims.count, by: pageSize) {
            try stream.write(Array(claims[start..<min(start + pageSize, claims.count)]))
        }
        try stream.finish()
        return (String(decoding: out, as: UTF8.self), flushes)
    }

    @Test(arguments: [1, 2, 7, 150, 1000])
    func pagesGiveTheBytesOfTheWholeArray(pageSize: Int) throws {
        var random = NumberPropertyTests.SplitMix(state: 11)
        let claims = (0..<150).map { _ in ContractJSONWriterTests.claim(&random) }
        let (text, flushes) = try Self.streamed(claims, pageSize: pageSize)
        #expect(text == (try ContractJSON.foundation(claims)))
        // Written as the pages come, not at the end
        #expect(flushes == (claims.count + pageSize - 1) / pageSize + 1)
    }

    @Test func noClaimsIsTheEmptyArray() throws {
        #expect(try Self.streamed([], pageSize: 10).text == (try ContractJSON.foundation([ClaimJSON]())))
    }

    @Test func storedClaimsListedByPagesAreTheWholeListing() async throws {
        // Given a workspace with claims in three documents, linked across them
        let service = try ClaimDeskService.inMemory()
        for (index, text) in [
            "Unemployment fell to 5.2% in 2025, the minister said. Prices rose by 12% in March 2026.",
            "The minister said unemployment fell to 5.2% in 2025. Exports grew by 3% in 2024.",
            "Le chômage a reculé à 7,3 % en 2024, selon l'Insee. Le budget a atteint 12 millions d'euros en 2025.",
        ].enumerated() {
            _ = try await service.ingest(
                [.bytes(Array(text.utf8), origin: "doc-\(index).txt")],
                metadata: DocumentMetadata()
            )
        }
        let whole = try await service.claims().map(ClaimJSON.init)
        try #require(whole.count >= 5)
        // When they are read two at a time from the store and streamed
        let pages = Mutex<[[ClaimJSON]]>([])
        try await service.claims(ClaimFilter(), pageSize: 2) { page in
            pages.withLock { $0.append(page.map(ClaimJSON.init)) }
        }
        let read = pages.withLock { $0 }
        // Then the pages are the listing, in order, and stream to the same bytes
        #expect(read.allSatisfy { $0.count <= 2 })
        #expect(read.flatMap { $0 } == whole)
        var out: [UInt8] = []
        var stream = ClaimJSONStream { out += $0 }
        for page in read { try stream.write(page) }
        try stream.finish()
        #expect(String(decoding: out, as: UTF8.self) == (try ContractJSON.encode(whole)))
        // And an unknown document is refused before anything is written
        await #expect(throws: ClaimDeskError.self) {
            try await service.claims(ClaimFilter(documentId: 999), pageSize: 2) { _ in Issue.record("called") }
        }
    }
}
