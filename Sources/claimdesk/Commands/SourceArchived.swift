import ArgumentParser
import ClaimDeskModel
import ClaimDeskService
import ClaimDeskText

extension ClaimDesk {
    struct SourceArchived: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archived",
            abstract: "Print a capture's page as it was archived (read back from the WARC), with the excerpt marked.",
            discussion: """
                The text comes from the workspace's WARC files, never from the live page. The payload's SHA-256 \
                is checked against the one recorded at fetch time; the excerpt is marked ⟦like this⟧ when it \
                occurs verbatim or differs only in case or accents. `source captures SOURCE` lists capture ids.
                """
        )

        @OptionGroup var options: WorkspaceOptions

        @Argument(help: ArgumentHelp("The capture id (`k3`).", valueName: "capture"))
        var capture: CaptureID

        @Flag(help: "Print JSON.")
        var json = false

        struct Entry: Encodable {
            var capture: Capture
            var targetURI: String?
            var archivedAt: String?
            var httpStatus: Int?
            var payloadMatches: Bool
            var recordDigestMatches: Bool?
            var excerpt: String?
            var excerptStart: Int?
            var excerptEnd: Int?
            var text: String?

            enum CodingKeys: String, CodingKey {
                case capture, excerpt, text
                case targetURI = "target_uri"
                case archivedAt = "archived_at"
                case httpStatus = "http_status"
                case payloadMatches = "payload_matches"
                case recordDigestMatches = "record_digest_matches"
                case excerptStart = "excerpt_start"
                case excerptEnd = "excerpt_end"
            }
        }

        func run() async throws {
            let archived = try await options.read().archivedCapture(id: capture.id)
            let excerpt = archived.source?.excerpt
            if json {
                try Output.json(
                    Entry(
                        capture: archived.capture, targetURI: archived.targetURI, archivedAt: archived.archivedAt,
                        httpStatus: archived.httpStatus, payloadMatches: archived.payloadMatches,
                        recordDigestMatches: archived.recordDigestMatches, excerpt: excerpt,
                        excerptStart: archived.excerptSpan?.lowerBound, excerptEnd: archived.excerptSpan?.upperBound,
                        text: archived.text
                    )
                )
                return
            }
            let found = archived.capture
            Output.line("\(capture)  \(archived.targetURI ?? found.finalUrl ?? found.requestedUrl)")
            Output.line(
                "archived \(archived.archivedAt ?? found.fetchedAt) · HTTP \(archived.httpStatus.map(String.init) ?? "-")"
                    + " · \(found.warcFile ?? "-")@\(found.warcOffset ?? 0)"
            )
            Output.line(
                archived.payloadMatches
                    ? "payload SHA-256 matches the capture (\(found.sha256?.prefix(12) ?? "-"))"
                    : "WARNING: the archived payload's SHA-256 is not the one recorded at fetch time"
            )
            if archived.recordDigestMatches == false { Output.line("WARNING: the WARC record's block digest fails") }
            if let excerpt {
                let placed = archived.excerptSpan.map { "marked ⟦…⟧ at \($0.lowerBound)–\($0.upperBound)" }
                Output.line("excerpt (\(found.excerptFound?.rawValue ?? "unchecked")): \(excerpt)")
                Output.line(placed ?? "the excerpt is not placed in the text: it is not there verbatim")
            }
            Output.line("")
            guard let text = archived.text else {
                Output.line("(the archived response is \(found.contentType ?? "not text"): no text to show)")
                return
            }
            Output.line(Self.marked(text, archived.excerptSpan))
        }

        /// The text with ⟦ ⟧ around `span` (scalar offsets).
        static func marked(_ text: String, _ span: Range<Int>?) -> String {
            guard let span else { return text }
            let scalars = Array(text.unicodeScalars)
            guard span.upperBound <= scalars.count else { return text }
            func part(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
            return part(0..<span.lowerBound) + "⟦" + part(span) + "⟧" + part(span.upperBound..<scalars.count)
        }
    }
}
