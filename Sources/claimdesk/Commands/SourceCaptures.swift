import ArgumentParser
import ClaimDeskKit

extension ClaimDesk {
    struct SourceCaptures: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "captures",
            abstract: "List a source's captures, oldest first, with the link rot between them."
        )

        @OptionGroup var options: WorkspaceOptions

        @Argument(help: ArgumentHelp("The source id.", valueName: "source"))
        var source: String

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
            let id = try parseID(source, as: .source, what: "source")
            let store = try options.openStore()
            let found = try store.source(id: id)
            let captures = try store.captures(sourceId: id)
            let entries = zip(captures, LinkRot.history(captures)).map { Entry(capture: $0, linkRot: $1) }
            if json {
                try Output.json(entries)
                return
            }
            print("\(PublicID.format(id, as: .source))  \(found.url)")
            if let excerpt = found.excerpt { print("excerpt: \(excerpt)") }
            guard !entries.isEmpty else {
                print("No captures yet: `claimdesk source check \(PublicID.format(found.claimId, as: .claim))`.")
                return
            }
            let rows = entries.map { entry in
                let capture = entry.capture
                return [
                    capture.fetchedAt, CaptureLine.outcome(capture),
                    capture.excerptFound.map { found in
                        found + (found == "fuzzy" ? capture.excerptScore.map { " \($0)" } ?? "" : "")
                    } ?? "-",
                    capture.sha256.map { String($0.prefix(12)) } ?? "-",
                    entry.linkRot.isEmpty ? "-" : entry.linkRot.map(\.description).joined(separator: "; "),
                    capture.warcFile.map { "\($0)@\(capture.warcOffset ?? 0)" } ?? "-",
                ]
            }
            print(
                TextTable(headers: ["FETCHED", "RESULT", "EXCERPT", "SHA256", "LINK ROT", "WARC"], rows: rows).render()
            )
        }
    }
}
