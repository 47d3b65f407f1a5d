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
            abstract: "Check the history's integrity, and print its signed head for publishing.",
            subcommands: [VerifyChain.self, Head.self]
        )

        struct VerifyChain: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "verify",
                abstract: "Check the database file, the hash chain, the head and every record against the history.",
                discussion: """
                    Runs PRAGMA integrity_check and foreign_key_check, recomputes the hash chain, checks that the \
                    events end at the recorded head, and replays the history against every stored row. With \
                    --head, also proves that the history still contains a head published earlier (`audit head`). \
                    With --ledger DIR, proves a ledger folder instead of the database.
                    """
            )

            @OptionGroup var options: WorkspaceOptions
            @Option(help: ArgumentHelp("A published head: HASH or 'COUNT HASH'.", valueName: "head"))
            var head: String?
            @Option(help: ArgumentHelp("Prove this ledger folder instead of the database.", valueName: "dir"))
            var ledger: String?
            @Option(help: ArgumentHelp("With --ledger: the public key (hex) its head must be signed with.", valueName: "hex"))
            var trustedKey: String?

            func validate() throws {
                if let head, PublishedHead(head) == nil {
                    throw ValidationError("--head takes a 64-hex-digit hash, optionally after its event count")
                }
            }

            func run() async throws {
                let published = head.flatMap(PublishedHead.init)
                if let ledger {
                    let result = try ClaimDeskService.auditLedger(folder: ledger, head: published, trustedKey: trustedKey)
                    let signer = result.isSigned ? "signed by key \(result.head.publicKey ?? "?")" : "UNSIGNED (format 1)"
                    Output.line("ledger OK: head \(result.head), \(signer)")
                    try Self.report(published, contained: result.contained)
                    return
                }
                let report = try await options.read().audit(head: published)
                for check in report.database.checks {
                    Output.line("\(check.failure == nil ? "ok    " : "FAILED") \(check.name)\(check.failure.map { ": " + $0 } ?? "")")
                }
                guard report.database.passed else {
                    let failed = report.database.checks.filter { $0.failure != nil }.map(\.name).joined(separator: ", ")
                    throw ClaimDeskError(.tampered, "history check FAILED (\(failed))")
                }
                Output.line("history OK: \(report.database.events) events, hash chain intact, head \(report.database.head)")
                try Self.report(published, contained: report.containsPublishedHead)
            }

            static func report(_ head: PublishedHead?, contained: Bool) throws {
                guard let head else { return }
                guard contained else {
                    throw ClaimDeskError(.tampered, "the history does not contain the published head \(head)")
                }
                Output.line("published head \(head) is in the history")
            }
        }

        struct Head: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print the history's signed head, for publishing (a commit message, a fact-check page).",
                discussion: "Later, `claimdesk audit verify --head 'COUNT HASH'` proves the history still contains it."
            )

            @OptionGroup var options: WorkspaceOptions
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let head = try await options.open().signedHead()
                if json {
                    try Output.json(head)
                    return
                }
                Output.line("claimdesk head \(head.count) \(head.hash)")
                Output.line("key \(head.publicKey ?? "none")")
                Output.line("signature \(head.signature ?? "none")")
            }
        }
    }
}
