import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `source check`, `source captures` and `ingest URL` against scripts/loopback_server.py on 127.0.0.1.
@Suite struct SourceCheckCLITests {
    /// The loopback server, started for one test and stopped by `stop()`.
    final class Server {
        let process = Process()
        let port: Int

        init() throws {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("scripts/loopback_server.py")
            let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("port-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: portFile) }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script.path, "0", portFile.path]
            try process.run()
            var port: Int?
            for _ in 0..<100 where port == nil {
                Thread.sleep(forTimeInterval: 0.05)
                port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0) }
            }
            guard let port else {
                kill(process.processIdentifier, SIGKILL)
                throw CLIRunner.CLIError(message: "the loopback server did not start")
            }
            self.port = port
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

        /// Kills the server: SIGKILL, since the test runner's threads block SIGTERM and the child inherits that mask.
        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test func ingestAURLThenCheckItsSourcesTwice() async throws {
        // Given a workspace and the loopback server
        let server = try Server()
        defer { server.stop() }
        let cli = try CLIRunner()
        await #expect(try cli.run(["init"]).status == 0)
        // When an article is ingested from its URL
        let ingest = try await cli.run(["ingest", server.url("/article")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let docs = try await #require(try cli.json(["docs", "list", "--json"]) as? [[String: Any]])
        let document = try #require(docs.first)
        // Then its metadata came from the page and the text from its article body
        #expect(document["publisher"] as? String == "The Daily")
        #expect(document["author"] as? String == "Sam Lee")
        #expect(document["published"] as? String == "2026-03-09")
        let claims = try await #require(try cli.json(["claims", "list", "--json"]) as? [[String: Any]])
        let claim = try #require(claims.first?["id"] as? String)
        #expect(!claims.contains { ($0["text"] as? String)?.contains("Home") == true })

        // Given sources: the article with its excerpt in other typography, a 404, a page that will vanish
        for (path, excerpt) in [
            ("/article", "the unemployment rate FELL to 4.1 percent in february"), ("/missing", "anything"),
            ("/vanishing", "Employers added 151,000 jobs"),
        ] {
            let added = try await cli.run([
                "source", "add", claim, server.url(path), "--stance", "supports", "--excerpt", excerpt,
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        // When they are checked
        let first = try await #require(try cli.json(["source", "check", claim, "--json"]) as? [[String: Any]])
        let firstCaptures = first.compactMap { $0["capture"] as? [String: Any] }
        // Then each capture records status, excerpt and archive; nothing is printed on a non-terminal stderr
        #expect(firstCaptures.map { $0["httpStatus"] as? Int } == [200, 404, 200])
        #expect(firstCaptures.map { $0["excerptFound"] as? String } == ["normalized", "absent", "exact"])
        #expect(firstCaptures.allSatisfy { $0["warcFile"] is String })
        let archive = try FileManager.default.contentsOfDirectory(atPath: cli.path("Claims/archive"))
        #expect(archive.count == 2)  // one for the ingest, one for the check

        // When they are checked again and the vanishing page is gone
        let second = try await cli.run(["source", "check", claim])
        #expect(second.status == 0)
        #expect(second.stderr.isEmpty)
        // Then link rot is reported, and the old captures stay
        #expect(second.stdout.contains("gone (200 → 404)"))
        #expect(second.stdout.contains("excerpt_lost (exact → absent)"))
        let history = try await cli.run(["source", "captures", "s3"])
        let rows = history.stdout.split(separator: "\n").filter { $0.hasPrefix("k") && $0.contains(" 2026-") }
        #expect(rows.count == 2)
        #expect(history.stdout.contains("gone (200 → 404)"))
    }

    @Test func reingestingAChangedURLMakesANewVersionAndReanchorsClaims() async throws {
        // Given an article ingested from a URL
        let server = try Server()
        defer { server.stop() }
        let cli = try CLIRunner()
        await #expect(try cli.run(["init"]).status == 0)
        await #expect(try cli.run(["ingest", server.url("/revised")]).status == 0)
        // When the page is corrected and ingested again
        let second = try await cli.run(["ingest", server.url("/revised")])
        // Then a second document is linked to the first and the old claims are re-anchored (the headline is
        // metadata, not text, so it is no claim)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("new version of d1: 2 claims still anchor, 0 moved, 1 gone"))
        #expect(second.stdout.contains("gone: Employers added 151,000 jobs"))
        #expect(second.stdout.contains("in place, edited: The unemployment rate fell to 4.1 percent in January"))
        let docs = try await #require(try cli.json(["docs", "list", "--json"]) as? [[String: Any]])
        #expect(docs.count == 2)
    }

    @Test func checkNeedsClaimsOrAll() async throws {
        let cli = try CLIRunner()
        await #expect(try cli.run(["init"]).status == 0)
        let result = try await cli.run(["source", "check"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--all"))
    }

    @Test func ingestOfAnErrorPageFailsAndStoresNoDocument() async throws {
        let server = try Server()
        defer { server.stop() }
        let cli = try CLIRunner()
        await #expect(try cli.run(["init"]).status == 0)
        let result = try await cli.run(["ingest", server.url("/missing")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("HTTP 404"))
        let docs = try await #require(try cli.json(["docs", "list", "--json"]) as? [[String: Any]])
        #expect(docs.isEmpty)
    }
}
