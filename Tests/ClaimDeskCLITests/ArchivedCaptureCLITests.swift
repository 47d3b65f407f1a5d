import Foundation
import Testing

/// `source archived`: a capture's page read back from the WARC archive, never from the live page.
@Suite struct ArchivedCaptureCLITests {
    @Test func printsTheArchivedPageWithTheExcerptPlacedAndNoticesATamperedArchive() async throws {
        // Given a claim with a source whose excerpt is on the page in other typography, checked once
        let server = try SourceCheckCLITests.Server()
        let cli = try CLIRunner()
        await #expect(try cli.run(["init"]).status == 0)
        await #expect(try cli.run(["ingest", server.url("/article")]).status == 0)
        let claims = try await #require(try cli.json(["claims", "list", "--json"]) as? [[String: Any]])
        let claim = try #require(claims.first?["id"] as? String)
        let excerpt = "the unemployment rate FELL to 4.1 percent in february"
        let added = try await cli.run([
            "source", "add", claim, server.url("/vanishing"), "--stance", "supports", "--excerpt", excerpt,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let checks = try await #require(try cli.json(["source", "check", claim, "--json"]) as? [[String: Any]])
        let captureId = try #require((checks.first?["capture"] as? [String: Any])?["id"] as? Int)
        // When the page changes on the server (it vanishes) and the archived copy is read
        let gone = try await cli.run(["source", "check", claim])
        #expect(gone.stdout.contains("gone (200 → 404)"))
        server.stop()
        let archived = try await #require(try cli.json(["source", "archived", "k\(captureId)", "--json"]) as? [String: Any])
        // Then it is the page as it was: status 200, the payload's digest intact, the excerpt placed in its text
        #expect(archived["http_status"] as? Int == 200)
        #expect(archived["payload_matches"] as? Bool == true)
        #expect(archived["record_digest_matches"] as? Bool == true)
        let text = try #require(archived["text"] as? String)
        let start = try #require(archived["excerpt_start"] as? Int)
        let end = try #require(archived["excerpt_end"] as? Int)
        let placed = String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
        #expect(placed.lowercased() == excerpt.lowercased())
        #expect(placed != excerpt)
        // And the terminal view marks it; `source captures` lists capture ids
        let shown = try await cli.run(["source", "archived", "k\(captureId)"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("⟦\(placed)⟧"))
        #expect(try await cli.run(["source", "captures", "s1"]).stdout.contains("k\(captureId) "))

        // When the archive file is cut short
        let folder = cli.path("Claims/archive")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = (folder as NSString).appendingPathComponent(file)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        }
        // Then reading it fails with what is wrong, instead of showing anything
        let broken = try await cli.run(["source", "archived", "k\(captureId)"])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("cannot be read"))
        #expect(broken.stdout.isEmpty)
        // And an unknown capture id says how to find one
        let unknown = try await cli.run(["source", "archived", "k999"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("source captures"))
    }
}
