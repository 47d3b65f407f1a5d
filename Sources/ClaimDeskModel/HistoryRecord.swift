import ClaimDeskText

/// The record an event created, as canonical JSON, so that the state of a document, claim, source or capture
/// can be checked against its history field by field (``HistoryReplay``).
///
/// An `ingest` event records the document (its text by ``Document/textSha256``), an `extract` or `add` event the
/// claim as it was created with its occurrences and links, a `source_add` event the source, a `capture` event the
/// capture. Everything a reviewer changes later (status, text, merge, removal) is an event of its own.
public enum HistoryRecord {
    /// The fields of a document that its `ingest` event vouches for (everything but the id and the text itself).
    public static func document(_ document: Document) -> String {
        CanonicalValue.object(documentFields(document)).json
    }

    /// The fields of a claim at creation, with its occurrences (document, start, end) and the links it owns.
    public static func claim(_ claim: Claim, occurrences: [Occurrence], links: [ClaimLink]) -> String {
        CanonicalValue.object(claimFields(claim, occurrences: occurrences, links: links)).json
    }

    /// The fields of a source when it was added.
    public static func source(_ source: Source) -> String {
        CanonicalValue.object(sourceFields(source)).json
    }

    /// The fields of a capture (captures never change).
    public static func capture(_ capture: Capture) -> String {
        CanonicalValue.object(captureFields(capture)).json
    }

    /// The first field whose value in `recorded` differs from `current`, both records of the same kind written by
    /// this type; nil when they are the same. Names `record` when only the set of fields differs.
    public static func firstDifference(recorded: String, current: String) -> String? {
        guard recorded != current else { return nil }
        let recordedFields = Dictionary(topLevelFields(recorded), uniquingKeysWith: { first, _ in first })
        for (key, value) in topLevelFields(current) where recordedFields[key] != value { return key }
        return "record"
    }

    static func documentFields(_ document: Document) -> [String: CanonicalValue] {
        [
            "sha256": .string(document.sha256), "origin": .string(document.origin), "url": .string(document.url),
            "title": .string(document.title), "lang": .string(document.lang.rawValue),
            "published": .string(document.published), "publisher": .string(document.publisher),
            "author": .string(document.author), "size": .int(document.size), "ingestedAt": .string(document.ingestedAt),
            "toolVersion": .string(document.toolVersion), "textSha256": .string(document.textSha256),
            "previousVersionId": .int(document.previousVersionId), "captureId": .int(document.captureId),
            "slug": .string(document.slug),
        ]
    }

    static func claimFields(_ claim: Claim, occurrences: [Occurrence], links: [ClaimLink]) -> [String: CanonicalValue] {
        [
            "documentId": .int(claim.documentId), "originalText": .string(claim.originalText),
            "type": .string(claim.type.rawValue), "score": .double(claim.score), "hedged": .bool(claim.hedged),
            "speaker": .string(claim.speaker), "speakerKind": .string(claim.speakerKind?.rawValue),
            "hedge": .string(claim.hedge), "numbers": .raw(ValueJSON.encode(claim.numbers)),
            "dates": .raw(ValueJSON.encode(claim.dates)), "signals": .raw(ValueJSON.encode(claim.signals)),
            "fingerprint": .string(claim.fingerprint), "method": .string(claim.method),
            "createdAt": .string(claim.createdAt),
            // Sorted by their canonical text, each written once (not once per comparison).
            "occurrences": .array(occurrences.map { occurrenceValue($0).json }.sorted().map(CanonicalValue.raw)),
            "links": .array(links.map { linkValue($0).json }.sorted().map(CanonicalValue.raw)),
        ]
    }

    static func occurrenceValue(_ occurrence: Occurrence) -> CanonicalValue {
        .object([
            "documentId": .int(occurrence.documentId), "start": .int(occurrence.start), "end": .int(occurrence.end),
        ])
    }

    static func linkValue(_ link: ClaimLink) -> CanonicalValue {
        .object([
            "linkedClaimId": .int(link.linkedClaimId), "reason": .string(link.reason), "score": .double(link.score),
        ])
    }

    static func sourceFields(_ source: Source) -> [String: CanonicalValue] {
        [
            "claimId": .int(source.claimId), "url": .string(source.url), "normalizedUrl": .string(source.normalizedUrl),
            "stance": .string(source.stance.rawValue), "excerpt": .string(source.excerpt),
            "title": .string(source.title), "publisher": .string(source.publisher), "note": .string(source.note),
            "addedAt": .string(source.addedAt), "addedBy": .string(source.addedBy),
        ]
    }

    static func captureFields(_ capture: Capture) -> [String: CanonicalValue] {
        [
            "sourceId": .int(capture.sourceId), "requestedUrl": .string(capture.requestedUrl),
            "fetchedAt": .string(capture.fetchedAt), "httpStatus": .int(capture.httpStatus),
            "redirects": .array(capture.redirects.map(CanonicalValue.string)), "finalUrl": .string(capture.finalUrl),
            "contentType": .string(capture.contentType), "charset": .string(capture.charset),
            "size": .int(capture.size), "sha256": .string(capture.sha256), "seconds": .double(capture.seconds),
            "error": .string(capture.error), "errorDetail": .string(capture.errorDetail),
            "warcFile": .string(capture.warcFile), "warcOffset": .int(capture.warcOffset),
            "excerptFound": .string(capture.excerptFound?.rawValue), "excerptScore": .double(capture.excerptScore),
        ]
    }

    /// The top-level members of a canonical JSON object, key → value text, in key order.
    ///
    /// Only reads what ``CanonicalValue`` writes (no white space); anything else gives fewer members.
    static func topLevelFields(_ json: String) -> [(key: String, value: String)] {
        let bytes = Array(json.utf8)
        guard bytes.first == UInt8(ascii: "{") else { return [] }
        var fields: [(String, String)] = []
        var index = 1
        while index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            let keyEnd = endOfString(bytes, from: index)
            guard keyEnd < bytes.count, bytes[keyEnd] == UInt8(ascii: ":") else { break }
            let key = String(decoding: bytes[(index + 1)..<(keyEnd - 1)], as: UTF8.self)
            var depth = 0
            var cursor = keyEnd + 1
            let valueStart = cursor
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "\"") {
                    cursor = endOfString(bytes, from: cursor)
                    continue
                }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    if depth == 0 { break }
                    depth -= 1
                }
                if byte == UInt8(ascii: ","), depth == 0 { break }
                cursor += 1
            }
            fields.append((key, String(decoding: bytes[valueStart..<min(cursor, bytes.count)], as: UTF8.self)))
            index = cursor + 1
        }
        return fields
    }

    /// The index just past the string that starts at `start` (a `"`).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        var cursor = start + 1
        while cursor < bytes.count {
            if bytes[cursor] == UInt8(ascii: "\\") {
                cursor += 2
                continue
            }
            if bytes[cursor] == UInt8(ascii: "\"") { return cursor + 1 }
            cursor += 1
        }
        return bytes.count
    }
}
