import ArgumentParser
import ClaimDeskKit

extension ClaimDesk.Claims {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restate a claim (its original text and occurrences stay; the change is recorded)."
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions
        @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: String
        @Option(help: "The restated claim.") var text: String
        @Option(help: "Why.") var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let id = try parseID(claim, as: .claim, what: "claim")
            let store = try options.openStore()
            try store.editClaim(
                id,
                text: text,
                note: note,
                context: ReviewContext(actor: reviewer.name, now: options.now)
            )
            if json {
                try Output.json(ClaimJSON(try store.claimDetail(id: id)))
            } else {
                print("\(PublicID.format(id, as: .claim)) restated")
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a claim the extractor missed, anchored by an exact quote from the document."
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions
        @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
        @Option(help: "Text copied exactly from the document; it must occur once.") var quote: String
        @Option(help: "Why it is added.") var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let id = try parseID(document, as: .document, what: "document")
            let store = try options.openStore()
            let found = try store.document(id: id)
            let analysis = ClaimExtractor(language: found.lang, documentDate: found.published)
                .extract(from: DocumentDecoder.normalize(quote)).first
            let detail = try store.addClaim(
                documentId: id,
                quote: quote,
                analysis: analysis,
                note: note,
                context: ReviewContext(actor: reviewer.name, now: options.now)
            )
            if json {
                try Output.json(ClaimJSON(detail))
            } else {
                let occurrence = detail.occurrences.first.map { " at \($0.start)..<\($0.end)" } ?? ""
                print(
                    "\(PublicID.format(optional: detail.claim.id, as: .claim) ?? "claim") added to \(PublicID.format(id, as: .document))\(occurrence)"
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
        @Argument(help: ArgumentHelp("The claim to keep.", valueName: "a")) var kept: String
        @Argument(help: ArgumentHelp("The duplicate to merge into it.", valueName: "b")) var absorbed: String
        @Option(help: "Why.") var note: String?

        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let keptId = try parseID(kept, as: .claim, what: "claim")
            let absorbedId = try parseID(absorbed, as: .claim, what: "claim")
            let store = try options.openStore()
            try store.mergeClaims(
                kept: keptId,
                absorbed: absorbedId,
                note: note,
                context: ReviewContext(actor: reviewer.name, now: options.now)
            )
            if json {
                try Output.json(ClaimJSON(try store.claimDetail(id: keptId)))
            } else {
                print("\(PublicID.format(absorbedId, as: .claim)) merged into \(PublicID.format(keptId, as: .claim))")
            }
        }
    }
}
