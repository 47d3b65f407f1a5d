import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser
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
        var claims: [ClaimID] = []

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
            var progress: (@Sendable (Int, Int) -> Void)?
            if isatty(STDERR_FILENO) == 1 {
                progress = { done, total in Output.progress("checking sources: \(done)/\(total)") }
            }
            let checks = try await options.open(as: reviewer)
                .checkSources(claimIds: all ? nil : claims.map(\.id), settings: fetch.settings, progress: progress)
            if progress != nil { Output.progress(nil) }
            guard !checks.isEmpty else {
                if json { try Output.json([Entry]()) } else { Output.line("No sources to check.") }
                return
            }
            let entries = checks.map { check in
                Entry(
                    source: PublicID.format(optional: check.source.id, as: .source) ?? "",
                    claim: PublicID.format(check.source.claimId, as: .claim),
                    url: check.source.url,
                    capture: check.capture,
                    linkRot: check.linkRot
                )
            }
            if json {
                try Output.json(entries)
                return
            }
            let rows = entries.map { entry in
                [
                    entry.source, entry.claim, CaptureLine.outcome(entry.capture), CaptureLine.excerpt(entry.capture),
                    CaptureLine.linkRot(entry.linkRot), TextTable.truncate(entry.url, to: 60),
                ]
            }
            Output.line(TextTable(headers: ["SOURCE", "CLAIM", "RESULT", "EXCERPT", "LINK ROT", "URL"], rows: rows).render())
            let failed = entries.filter { $0.capture.error != nil }.count
            let rotted = entries.filter { !$0.linkRot.isEmpty }.count
            Output.line("\(entries.count) sources checked, \(failed) failed to fetch, \(rotted) with link rot.")
        }
    }
}
