import ArgumentParser
import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService
import ClaimDeskText

/// Options shared by the commands that change a claim's status.
struct StatusOptions: ParsableArguments {
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOptions

    @Option(help: "Why: recorded in the history and shown in reports.")
    var note: String?

    @Flag(help: "Override a guardrail (needs --note; recorded as an override and shown in the report).")
    var force = false

    @Flag(help: "Print JSON.")
    var json = false

    /// Applies the status change and prints the result.
    func apply(_ claim: ClaimID, _ status: ClaimStatus) async throws {
        let detail = try await workspace.open(as: reviewer)
            .setStatus(of: claim.id, to: status, note: note, force: force)
        if json {
            try Output.json(ClaimJSON(detail))
        } else {
            let override = detail.events.last?.isOverride == true ? " (override recorded)" : ""
            Output.line("\(claim) is now \(status.rawValue)\(override)")
        }
    }
}

extension ClaimDesk {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a claim verified (needs a supporting source).",
            discussion: "Add one first: claimdesk source add CLAIM URL --stance supports --excerpt \"…\""
        )

        @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: ClaimID
        @OptionGroup var options: StatusOptions

        func run() async throws { try await options.apply(claim, .verified) }
    }

    struct Dispute: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a claim disputed (needs a refuting source or a note)."
        )

        @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: ClaimID
        @OptionGroup var options: StatusOptions

        func run() async throws { try await options.apply(claim, .disputed) }
    }

    struct Mark: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a claim's status.",
            discussion: """
                Statuses: unverified, in_review, verified, disputed, false, misleading, unverifiable, dismissed. \
                Guardrails: verified needs a supporting source; false and disputed need a refuting source or a \
                note; misleading, unverifiable and dismissed need a note. --force --note WHY overrides.
                """
        )

        @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: ClaimID
        @Argument(help: "The new status.") var status: ClaimStatus
        @OptionGroup var options: StatusOptions

        func run() async throws { try await options.apply(claim, status) }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a claim's history: when, who, what changed, note, evidence."
        )

        @OptionGroup var options: WorkspaceOptions
        @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: ClaimID
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let detail = try await options.read().claimDetail(id: claim.id)
            if json {
                try Output.json(detail.events.map(EventJSON.init))
                return
            }
            Output.line(
                TextTable(
                    headers: ["EVENT", "WHEN", "WHO", "WHAT", "FROM", "TO", "NOTE | EVIDENCE"],
                    rows: detail.events.map(Self.row)
                ).render()
            )
        }

        static func row(_ event: Event) -> [String] {
            let note = [event.note, event.evidence].compactMap { $0 }.map { TextTable.truncate($0, to: 60) }
            return [
                PublicID.format(optional: event.id, as: .event) ?? "",
                event.at,
                event.actor,
                event.action.rawValue + (event.isOverride ? " [OVERRIDE]" : ""),
                event.fromValue.map { TextTable.truncate($0, to: 30) } ?? "",
                event.toValue.map { TextTable.truncate($0, to: 40) } ?? "",
                note.joined(separator: " | "),
            ]
        }
    }

    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the history's integrity.",
            subcommands: [VerifyChain.self]
        )

        struct VerifyChain: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "verify",
                abstract:
                    "Recompute the hash chain of every event; fail naming the first edited, deleted or reordered one."
            )

            @OptionGroup var options: WorkspaceOptions

            func run() async throws {
                let count = try await options.read().verifyHistory()
                Output.line("history OK: \(count) events, hash chain intact")
            }
        }
    }
}
