import ArgumentParser
import ClaimDeskKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ClaimDesk {
    struct SourceCheck: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Fetch sources, archive them (WARC) and check that their excerpts are still there.",
            discussion: """
                Every active source of the named claims (or of all claims with --all) is fetched concurrently and \
                gets a new capture: status, redirect chain, final URL, type, charset, size, SHA-256, timings, or the \
                error (dns, refused, timeout, too_large, tls, redirect_limit, bad_scheme). Answered fetches are archived \
                as WARC/1.1 under Claims/archive/. A source's excerpt is looked for on the page: exact, normalized, \
                fuzzy (with a score) or absent. Link rot against the previous capture is reported: gone (2xx before, \
                404/410/error now), moved (another host), changed (content hash) or excerpt_lost.
                """
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions

        @Argument(help: ArgumentHelp("Claims whose sources to check.", valueName: "claim"))
        var claims: [String] = []

        @Flag(help: "Check the sources of every claim.")
        var all = false

        @OptionGroup var fetch: FetchOptions

        @Flag(help: "Print JSON.")
        var json = false

        func validate() throws {
            if all, !claims.isEmpty { throw ValidationError("name claims or use --all, not both") }
            if !all, claims.isEmpty { throw ValidationError("name the claims whose sources to check, or use --all") }
        }

        struct Entry: Encodable {
            var source: String
            var claim: String
            var url: String
            var capture: Capture
            var linkRot: [LinkRotSignal]

            enum CodingKeys: String, CodingKey {
                case source, claim, url, capture
                case linkRot = "link_rot"
            }
        }

        func run() async throws {
            let ids = try all ? nil : claims.map { try parseID($0, as: .claim, what: "claim") }
            let store = try options.openStore()
            let sources = try store.sources(claimIds: ids)
            guard !sources.isEmpty else {
                if json { try Output.json([Entry]()) } else { print("No sources to check.") }
                return
            }
            var previous: [Int64: Capture] = [:]
            for source in sources {
                if let id = source.id, let last = try store.captures(sourceId: id).last { previous[id] = last }
            }
            let checker = SourceChecker(
                archiveDirectory: URL(fileURLWithPath: options.workspace.archiveDirectory),
                limits: fetch.limits,
                concurrency: fetch.concurrency
            )
            var progress: (@Sendable (Int, Int) -> Void)?
            if isatty(STDERR_FILENO) == 1 {
                progress = { done, total in Output.progress("checking sources: \(done)/\(total)") }
            }
            var checks = try await checker.check(sources, previous: previous, progress: progress)
            if progress != nil { Output.progress(nil) }
            if ProcessInfo.processInfo.environment["CLAIMDESK_NOW"] != nil {
                for index in checks.indices { checks[index].capture.fetchedAt = options.now }
            }
            let stored = try store.recordCaptures(checks.map(\.capture), actor: reviewer.name)
            let entries = zip(checks, stored).map { check, capture in
                Entry(
                    source: PublicID.format(optional: check.source.id, as: .source) ?? "",
                    claim: PublicID.format(check.source.claimId, as: .claim),
                    url: check.source.url,
                    capture: capture,
                    linkRot: check.linkRot
                )
            }
            if json {
                try Output.json(entries)
                return
            }
            let rows = entries.map { entry in
                [
                    entry.source, entry.claim, CaptureLine.outcome(entry.capture),
                    entry.capture.excerptFound.map { found in
                        found + (found == "fuzzy" ? entry.capture.excerptScore.map { " \($0)" } ?? "" : "")
                    } ?? "-",
                    entry.linkRot.isEmpty ? "-" : entry.linkRot.map(\.description).joined(separator: "; "),
                    TextTable.truncate(entry.url, to: 60),
                ]
            }
            print(TextTable(headers: ["SOURCE", "CLAIM", "RESULT", "EXCERPT", "LINK ROT", "URL"], rows: rows).render())
            let failed = entries.filter { $0.capture.error != nil }.count
            let rotted = entries.filter { !$0.linkRot.isEmpty }.count
            print("\(entries.count) sources checked, \(failed) failed to fetch, \(rotted) with link rot.")
        }
    }
}
