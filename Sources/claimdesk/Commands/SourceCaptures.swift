import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser

extension ClaimDesk {
    struct SourceCaptures: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "captures",
            abstract: "List a source's captures, oldest first, with the link rot between them."
        )

        @OptionGroup var options: WorkspaceOptions

        @Argument(help: ArgumentHelp("The source id.", valueName: "source"))
        var source: SourceID

        @Flag(help: "Print JSON.")
        var json = false

        struct Entry: Encodable {
            var capture: Capture
            var linkRot: [LinkRotSignal]

            enum CodingKeys: String, CodingKey {
                case capture
                case linkRot = "link_rot"
            }
        }

        func run() async throws {
            let history = try await options.read().captureHistory(sourceId: source.id)
            let found = history.source
            let entries = history.captures.map { Entry(capture: $0.capture, linkRot: $0.linkRot) }
            if json {
                try Output.json(entries)
                return
            }
            Output.line("\(source)  \(found.url)")
            if let excerpt = found.excerpt { Output.line("excerpt: \(excerpt)") }
            guard !entries.isEmpty else {
                Output.line("No captures yet: `claimdesk source check \(PublicID.format(found.claimId, as: .claim))`.")
                return
            }
            let rows = entries.map { entry in
                let capture = entry.capture
                return [
                    PublicID.format(optional: capture.id, as: .capture) ?? "-", capture.fetchedAt, CaptureLine.outcome(capture), CaptureLine.excerpt(capture),
                    capture.sha256.map { String($0.prefix(12)) } ?? "-", CaptureLine.linkRot(entry.linkRot),
                    capture.warcFile.map { "\($0)@\(capture.warcOffset ?? 0)" } ?? "-",
                ]
            }
            Output.line(
                TextTable(headers: ["ID", "FETCHED", "RESULT", "EXCERPT", "SHA256", "LINK ROT", "WARC"], rows: rows).render()
            )
        }
    }
}
