import ClaimDeskModel
import ClaimDeskText
/// The consistency checks of one ledger file, with errors located in the file.
///
/// The stored document `sha256` is of the original bytes, which the normalised text may differ from, so the text
/// is vouched for through its occurrences instead: every occurrence in this document must be exactly the slice
/// of the text it points at, prefix and suffix included.
struct LedgerValidator {
    /// The file name used in errors.
    var file: String
    /// The file's bytes.
    var bytes: [UInt8]
    /// Where each value is.
    var locator: JSONLocator

    /// Checks a decoded file.
    func validate(_ ledger: LedgerFile) throws(LedgerError) {
        try Self.checkFormat(ledger.format, locator: locator, bytes: bytes, file: file)
        guard let documentId = ledger.document.id else {
            throw error(.inconsistent, path: "document", "the document has no `id`")
        }
        let scalars = Array(ledger.document.text.unicodeScalars)
        for (index, capture) in ledger.captures.enumerated() where capture.sourceId != nil {
            throw error(.inconsistent, path: "captures[\(index)].sourceId", "a document capture belongs to no source")
        }
        for (index, event) in ledger.events.enumerated() {
            let path = "events[\(index)]"
            if event.documentId != documentId || event.claimId != nil {
                throw error(
                    .inconsistent,
                    path: path + ".documentId",
                    "a document event must name d\(documentId) and no claim"
                )
            }
            try checkHash(event, path: path)
        }
        for (claimIndex, detail) in ledger.claims.enumerated() {
            try validate(detail, at: "claims[\(claimIndex)]", documentId: documentId, scalars: scalars)
        }
    }

    private func validate(
        _ detail: ClaimDetail,
        at base: String,
        documentId: Int64,
        scalars: [Unicode.Scalar]
    ) throws(LedgerError) {
        guard let claimId = detail.claim.id else {
            throw error(.inconsistent, path: base + ".claim", "the claim has no `id`")
        }
        let name = "c\(claimId)"
        if detail.claim.documentId != documentId {
            throw error(
                .inconsistent,
                path: base + ".claim.documentId",
                "\(name) names document d\(detail.claim.documentId), but this file is d\(documentId)"
            )
        }
        for (index, occurrence) in detail.occurrences.enumerated() {
            let path = "\(base).occurrences[\(index)]"
            if occurrence.claimId != claimId {
                throw error(
                    .inconsistent,
                    path: path + ".claimId",
                    "an occurrence of \(name) names c\(occurrence.claimId)"
                )
            }
            guard occurrence.documentId == documentId else { continue }
            guard occurrence.start >= 0, occurrence.start <= occurrence.end, occurrence.end <= scalars.count else {
                throw error(
                    .inconsistent,
                    path: path + ".start",
                    "range \(occurrence.start)..<\(occurrence.end) is outside the text (\(scalars.count) code points)"
                )
            }
            let expected = TextSpan(in: scalars, start: occurrence.start, end: occurrence.end)
            for (field, stored, actual) in [
                ("exact", occurrence.exact, expected.exact), ("prefix", occurrence.prefix, expected.prefix),
                ("suffix", occurrence.suffix, expected.suffix),
            ] where stored != actual {
                throw error(
                    .inconsistent,
                    path: "\(path).\(field)",
                    "does not match the document text at \(occurrence.start)..<\(occurrence.end): "
                        + "\(Self.quoted(stored)) in the ledger, \(Self.quoted(actual)) in the text"
                )
            }
        }
        for (sourceIndex, source) in detail.sources.enumerated() {
            let path = "\(base).sources[\(sourceIndex)]"
            if source.source.claimId != claimId {
                throw error(
                    .inconsistent,
                    path: path + ".source.claimId",
                    "a source of \(name) names c\(source.source.claimId)"
                )
            }
            for (index, capture) in source.captures.enumerated() where capture.sourceId != source.source.id {
                throw error(
                    .inconsistent,
                    path: "\(path).captures[\(index)].sourceId",
                    "a capture of source s\(source.source.id ?? 0) names another source"
                )
            }
        }
        for (index, link) in detail.links.enumerated() where link.claimId != claimId {
            throw error(
                .inconsistent,
                path: "\(base).links[\(index)].claimId",
                "a link of \(name) names c\(link.claimId)"
            )
        }
        for (index, event) in detail.events.enumerated() {
            let path = "\(base).events[\(index)]"
            if event.claimId != claimId {
                throw error(.inconsistent, path: path + ".claimId", "an event of \(name) names another claim")
            }
            try checkHash(event, path: path)
        }
    }

    /// An event's hash must be the hash of its content.
    private func checkHash(_ event: Event, path: String) throws(LedgerError) {
        guard EventChain.hash(of: event) == event.hash else {
            throw error(
                .inconsistent,
                path: path + ".hash",
                "event e\(event.id ?? 0)'s content does not match its hash: it was edited after it was written"
            )
        }
    }

    /// The format must be one this build reads.
    static func checkFormat(_ format: Int, locator: JSONLocator, bytes: [UInt8], file: String) throws(LedgerError) {
        guard LedgerFile.readableFormats.contains(format) else {
            throw LedgerError.at(
                locator.offset(of: "format") ?? 0,
                in: bytes,
                code: .schema,
                file: file,
                path: "format",
                reason: "unsupported ledger format \(format) (this claimdesk reads formats "
                    + "\(LedgerFile.readableFormats.lowerBound)–\(LedgerFile.readableFormats.upperBound))"
            )
        }
    }

    /// An error at the value with `path`.
    func error(_ code: LedgerError.Code, path: String, _ reason: String) -> LedgerError {
        LedgerError.at(locator.offset(of: path) ?? 0, in: bytes, code: code, file: file, path: path, reason: reason)
    }

    /// A short quoted form of a text for an error message.
    private static func quoted(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let shown = scalars.count > 40 ? String(String.UnicodeScalarView(scalars.prefix(40))) + "…" : text
        return "\"\(shown.replacingNewlines())\""
    }
}

extension String {
    /// The text with line breaks shown as `\n`, for one-line messages.
    fileprivate func replacingNewlines() -> String {
        var out = ""
        for character in self { out += character == "\n" ? "\\n" : String(character) }
        return out
    }
}
