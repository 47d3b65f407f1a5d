import ClaimDeskService
import ClaimDeskModel
import ClaimDeskText
import ClaimDeskReport
import ArgumentParser

extension ClaimDesk {
    struct SourceCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "source",
            abstract: "Attach, list, remove, check and archive the evidence behind claims.",
            subcommands: [
                Add.self, List.self, Remove.self, ClaimDesk.SourceCheck.self, ClaimDesk.SourceCaptures.self,
                ClaimDesk.SourceArchived.self, ClaimDesk.SourceFetch.self,
            ]
        )

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Attach a source URL to a claim, with its stance and the excerpt that matters."
            )

            @OptionGroup var options: WorkspaceOptions
            @OptionGroup var reviewer: ReviewerOptions
            @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: ClaimID
            @Argument(help: "The source URL (http or https).") var url: String
            @Option(help: "Whether the source supports or refutes the claim, or gives context.") var stance: Stance
            @Option(help: "The passage that supports or refutes (checked against the page by `source check`).")
            var excerpt: String?
            @Option(help: "Title.") var title: String?
            @Option(help: "Publisher.") var publisher: String?
            @Option(help: "Note.") var note: String?
            @OptionGroup var network: NetworkOptions
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let detail = try await options.open(as: reviewer).addSource(
                    SourceDraft(
                        claimId: claim.id,
                        url: url,
                        stance: stance,
                        excerpt: excerpt,
                        title: title,
                        publisher: publisher,
                        note: note
                    ),
                    allowPrivateNetwork: network.allowed
                )
                let source = detail.source
                if json {
                    try Output.json(SourceJSON(detail))
                } else {
                    Output.line(
                        "\(PublicID.format(optional: source.id, as: .source) ?? "source") added to \(claim): \(source.stance.rawValue) \(source.normalizedUrl)"
                    )
                }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List sources, of one claim or of all.")

            @OptionGroup var options: WorkspaceOptions
            @Argument(help: ArgumentHelp("Only this claim's sources.", valueName: "claim")) var claim: ClaimID?
            @Flag(help: "Include removed sources.") var removed = false
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let sources = try await options.read().sources(claimId: claim?.id, includeRemoved: removed)
                if json {
                    try Output.json(sources.map(SourceJSON.init))
                    return
                }
                if sources.isEmpty {
                    Output.line("No sources yet: `claimdesk source add CLAIM URL --stance supports|refutes|context`.")
                    return
                }
                let rows = sources.map { detail in
                    let source = detail.source
                    let capture = detail.latestCapture.map { capture in
                        (capture.httpStatus.map(String.init) ?? capture.error ?? "-")
                            + (capture.excerptFound.map { " excerpt:" + $0.rawValue } ?? "")
                    }
                    return [
                        PublicID.format(optional: source.id, as: .source) ?? "",
                        PublicID.format(source.claimId, as: .claim),
                        source.stance.rawValue + (source.removed ? " (removed)" : ""),
                        capture ?? "unchecked",
                        TextTable.truncate(source.normalizedUrl, to: 60),
                        TextTable.truncate(source.excerpt ?? "", to: 50),
                    ]
                }
                Output.line(
                    TextTable(headers: ["ID", "CLAIM", "STANCE", "LAST CHECK", "URL", "EXCERPT"], rows: rows).render()
                )
            }
        }

        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Remove a source from its claim (recorded in the history, never silently deleted)."
            )

            @OptionGroup var options: WorkspaceOptions
            @OptionGroup var reviewer: ReviewerOptions
            @Argument(help: ArgumentHelp("The source id.", valueName: "source")) var source: SourceID
            @Option(help: "Why it is removed (required).") var note: String
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let removed = try await options.open(as: reviewer).removeSource(source.id, note: note)
                if json {
                    try Output.json(SourceJSON(removed))
                } else {
                    Output.line("\(source) removed from \(PublicID.format(removed.source.claimId, as: .claim))")
                }
            }
        }
    }
}
