import ArgumentParser
import ClaimDeskModel
import ClaimDeskReport
import ClaimDeskService

extension ClaimDesk.Claims {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restate a claim (its original text and occurrences stay; the change is recorded)."
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions
        @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: ClaimID
        @Option(help: "The restated claim.") var text: String
        @Option(help: "Why.") var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let detail = try await options.open(as: reviewer).editClaim(claim.id, text: text, note: note)
            if json { try Output.json(ClaimJSON(detail)) } else { Output.line("\(claim) restated") }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a claim the extractor missed, anchored by an exact quote from the document."
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions
        @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: DocumentID
        @Option(help: "Text copied exactly from the document; it must occur once.") var quote: String
        @Option(help: "Why it is added.") var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let detail = try await options.open(as: reviewer).addClaim(documentId: document.id, quote: quote, note: note)
            if json {
                try Output.json(ClaimJSON(detail))
            } else {
                let occurrence = detail.occurrences.first.map { " at \($0.start)..<\($0.end)" } ?? ""
                Output.line(
                    "\(PublicID.format(optional: detail.claim.id, as: .claim) ?? "claim") added to \(document)\(occurrence)"
                )
            }
        }
    }

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge claim B into claim A: B's occurrences, sources and links move to A; B's history stays."
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions
        @Argument(help: ArgumentHelp("The claim to keep.", valueName: "a")) var kept: ClaimID
        @Argument(help: ArgumentHelp("The duplicate to merge into it.", valueName: "b")) var absorbed: ClaimID
        @Option(help: "Why.") var note: String?

        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let detail = try await options.open(as: reviewer).mergeClaims(kept: kept.id, absorbed: absorbed.id, note: note)
            if json { try Output.json(ClaimJSON(detail)) } else { Output.line("\(absorbed) merged into \(kept)") }
        }
    }
}
