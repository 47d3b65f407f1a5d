public import ClaimDeskModel
import ClaimDeskFetch
import ClaimDeskStore
import ClaimDeskText
import Foundation

/// A capture as it was archived: the page read back from its WARC record, never the live page.
public struct ArchivedCapture: Sendable, Hashable {
    /// The capture (fetch time, status, hashes, where its record is).
    public var capture: Capture
    /// The source it was fetched for, when it was a source.
    public var source: Source?
    /// `WARC-Target-URI` of the record: the URL the archived response came from.
    public var targetURI: String?
    /// `WARC-Date` of the record.
    public var archivedAt: String?
    /// The archived response's HTTP status.
    public var httpStatus: Int?
    /// The archived page as text (HTML read as `source check` reads it), nil for a media type that is not text.
    public var text: String?
    /// Where the source's excerpt is in ``text`` (Unicode scalar offsets), when it occurs verbatim or differs
    /// only in case, diacritics or width; nil otherwise (a fuzzy match is not placed, never guessed).
    public var excerptSpan: Range<Int>?
    /// Whether the archived payload's SHA-256 is the one recorded when it was fetched.
    public var payloadMatches: Bool
    /// Whether the record's own block digest holds; nil when the record has none.
    public var recordDigestMatches: Bool?
}

extension ClaimDeskService {
    /// Reads capture `id`'s archived response back from the workspace's WARC files and checks it against what
    /// was recorded at fetch time.
    ///
    /// - Throws: ``ClaimDeskError``: `.notFound` for an unknown capture, or one without an archived copy (a
    ///   failed fetch archives nothing); `.tampered` when the WARC record is missing, unreadable or is not the
    ///   response to the captured URL.
    public func archivedCapture(id: Int64) async throws(ClaimDeskError) -> ArchivedCapture {
        let capture = try await store.capture(id: id)
        let name = PublicID.format(id, as: .capture)
        guard let file = capture.warcFile, let offset = capture.warcOffset else {
            let why = capture.error.map { "the fetch failed (\($0))" } ?? "nothing was archived"
            throw ClaimDeskError(.notFound, "\(name) has no archived copy: \(why)", subject: name)
        }
        let record: WARCRecord
        do {
            record = try WARCReader.record(
                at: WARCLocation(file: file, offset: offset),
                in: URL(fileURLWithPath: workspace.archiveDirectory)
            )
        } catch {
            throw ClaimDeskError(
                .tampered,
                "the archived copy of \(name) cannot be read (\(file)@\(offset)): \(error.description); "
                    + "the archive folder \(workspace.archiveDirectory) was moved or changed",
                subject: name,
                cause: error
            )
        }
        guard record.type == "response", let message = record.httpMessage else {
            throw ClaimDeskError(
                .tampered,
                "the WARC record at \(file)@\(offset) is not the response archived for \(name)",
                subject: name
            )
        }
        let source: Source? =
            if let sourceId = capture.sourceId { try? await store.source(id: sourceId) } else { nil }
        let mediaType = MediaType(headerValue: message.header("Content-Type"))
        let page = HTMLText.pageText(
            body: message.body,
            contentType: mediaType.type ?? capture.contentType,
            charset: mediaType.charset ?? capture.charset
        )
        let text = page?.text
        return ArchivedCapture(
            capture: capture,
            source: source,
            targetURI: record.targetURI,
            archivedAt: record.date,
            httpStatus: message.status,
            text: text,
            excerptSpan: text.flatMap { text in source?.excerpt.flatMap { Self.locate($0, in: text) } },
            payloadMatches: capture.sha256 == Hashing.sha256Hex(message.body),
            recordDigestMatches: record.blockDigestMatches
        )
    }

    /// The scalar range of `excerpt` in `text`: verbatim first, else ignoring case, diacritics and width.
    static func locate(_ excerpt: String, in text: String) -> Range<Int>? {
        let trimmed = excerpt.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        let range =
            text.range(of: trimmed)
            ?? text.range(of: trimmed, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive])
        guard let range else { return nil }
        let scalars = text.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
        return start..<(start + scalars.distance(from: range.lowerBound, to: range.upperBound))
    }
}
