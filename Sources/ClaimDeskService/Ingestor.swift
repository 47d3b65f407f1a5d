public import ClaimDeskModel
public import ClaimDeskText
import ClaimDeskExtraction
public import ClaimDeskStore
import ClaimDeskFetch
import ClaimDeskReport
import Foundation
public import Logging

/// Ingests documents: decode and normalise the bytes, extract claims, store everything in one transaction.
public struct Ingestor: Sendable {
    /// Where documents go.
    public var store: ClaimStore
    /// Who ingests (recorded in the history).
    public var actor: String
    /// The ingest time, ISO 8601 UTC.
    public var now: String
    /// Where progress and timings go (at debug level).
    public var logger: Logger

    /// Creates an ingestor.
    ///
    /// - Parameters:
    ///   - store: where documents go.
    ///   - actor: who ingests.
    ///   - now: the ingest time.
    ///   - logger: the caller's logger; without one, nothing is logged.
    public init(store: ClaimStore, actor: String, now: String, logger: Logger? = nil) {
        self.store = store
        self.actor = actor
        self.now = now
        self.logger = logger ?? Logger(label: "claimdesk.ingest", factory: { _ in SwiftLogNoOpLogHandler() })
    }

    /// Ingests the file at `path` (`-` is not a path: read standard input yourself and call ``ingest(bytes:origin:metadata:)``).
    ///
    /// - Throws: ``IngestError`` for a missing, unreadable or bad file; ``StoreError`` when storing fails.
    public func ingest(path: String, metadata: DocumentMetadata) async throws -> IngestOutcome {
        try await ingest(bytes: FileReader.read(path: path), origin: path, metadata: metadata)
    }

    /// Ingests bytes that came from `origin`.
    ///
    /// - Throws: ``IngestError`` for empty, binary or non-UTF-8 bytes; ``StoreError`` when storing fails.
    public func ingest(
        bytes: [UInt8],
        origin: String,
        metadata: DocumentMetadata,
        captureId: Int64? = nil,
        previousVersionId: Int64? = nil
    ) async throws -> IngestOutcome {
        let request = try request(
            bytes: bytes,
            origin: origin,
            metadata: metadata,
            captureId: captureId,
            previousVersionId: previousVersionId
        )
        let outcome = try await store.ingest(request)
        log(outcome)
        return outcome
    }

    /// Reads, normalises and extracts a document: everything ingest does before the database.
    ///
    /// - Throws: ``IngestError`` for empty, binary or non-UTF-8 bytes.
    public func request(
        bytes: [UInt8],
        origin: String,
        metadata: DocumentMetadata,
        captureId: Int64? = nil,
        previousVersionId: Int64? = nil
    ) throws(IngestError) -> IngestRequest {
        let text = try DocumentDecoder.decode(bytes)
        let lang = metadata.lang ?? LanguageDetector.detect(text)
        let published = metadata.published ?? DatelineParser.publicationDate(in: text)
        let document = Document(
            sha256: Hashing.sha256Hex(bytes),
            origin: origin,
            url: metadata.url,
            title: metadata.title,
            lang: lang,
            published: published,
            publisher: metadata.publisher,
            author: metadata.author,
            size: bytes.count,
            ingestedAt: now,
            toolVersion: ToolVersion.current,
            text: text,
            previousVersionId: previousVersionId,
            captureId: captureId,
            textSha256: Hashing.sha256Hex(text)
        )
        let started = ContinuousClock.now
        let claims = ClaimExtractor(language: lang, documentDate: published).extract(from: text)
        logger.debug(
            "extracted \(origin)",
            metadata: [
                "lang": "\(lang.rawValue)", "claims": "\(claims.count)", "extract": "\(ContinuousClock.now - started)",
            ]
        )
        return IngestRequest(document: document, claims: claims, actor: actor, linker: ClaimMatcher.Linker())
    }

    func log(_ outcome: IngestOutcome) {
        logger.debug(
            "stored \(outcome.document.origin)",
            metadata: [
                "document": "\(PublicID.format(optional: outcome.document.id, as: .document) ?? "?")",
                "new": "\(outcome.isNew)",
                "claims": "\(outcome.claimCount)",
                "links": "\(outcome.links.count)",
            ]
        )
    }
}
