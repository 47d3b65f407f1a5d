import Foundation
public import Logging

/// What the user says about a document at ingest; anything nil is detected or left unknown.
public struct DocumentMetadata: Sendable, Hashable {
    /// Language; detected when nil.
    public var lang: Language?
    /// Title.
    public var title: String?
    /// Canonical URL.
    public var url: String?
    /// Publication date, `YYYY-MM-DD`; read from a dateline when nil.
    public var published: String?
    /// Publisher.
    public var publisher: String?
    /// Author.
    public var author: String?

    /// Creates metadata.
    public init(
        lang: Language? = nil,
        title: String? = nil,
        url: String? = nil,
        published: String? = nil,
        publisher: String? = nil,
        author: String? = nil
    ) {
        self.lang = lang
        self.title = title
        self.url = url
        self.published = published
        self.publisher = publisher
        self.author = author
    }
}

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
    public func ingest(path: String, metadata: DocumentMetadata) throws -> IngestOutcome {
        try ingest(bytes: Self.read(path: path), origin: path, metadata: metadata)
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
    ) throws -> IngestOutcome {
        let request = try request(
            bytes: bytes,
            origin: origin,
            metadata: metadata,
            captureId: captureId,
            previousVersionId: previousVersionId
        )
        let outcome = try store.ingest(request)
        log(outcome)
        return outcome
    }

    /// Ingests many files: each is read and its claims extracted, then the batch is stored in one transaction with
    /// a savepoint per file (``ClaimStore``'s batch ingest).
    ///
    /// - Returns: one result per path, in order: the outcome, or why that file was not ingested.
    /// - Throws: ``StoreError`` when the transaction itself fails (a locked database); nothing is written then.
    public func ingest(
        paths: [String],
        metadata: DocumentMetadata
    ) throws(StoreError) -> [Result<IngestOutcome, any Error>] {
        var failures: [Int: any Error] = [:]
        var requests: [(index: Int, request: IngestRequest)] = []
        for (index, path) in paths.enumerated() {
            do {
                requests.append((index, try request(bytes: Self.read(path: path), origin: path, metadata: metadata)))
            } catch {
                failures[index] = error
            }
        }
        var outcomes: [Int: Result<IngestOutcome, any Error>] = [:]
        for (entry, result) in zip(requests, try store.ingest(requests.map(\.request))) {
            if case .success(let outcome) = result { log(outcome) }
            outcomes[entry.index] = result.mapError { $0 }
        }
        return paths.indices.map { index in
            outcomes[index] ?? .failure(failures[index] ?? StoreError(.database, "\(paths[index]) was not processed"))
        }
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
    ) throws -> IngestRequest {
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
            captureId: captureId
        )
        let started = ContinuousClock.now
        let claims = ClaimExtractor(language: lang, documentDate: published).extract(from: text)
        logger.debug(
            "extracted \(origin)",
            metadata: [
                "lang": "\(lang.rawValue)", "claims": "\(claims.count)", "extract": "\(ContinuousClock.now - started)",
            ]
        )
        return IngestRequest(document: document, claims: claims, actor: actor)
    }

    private func log(_ outcome: IngestOutcome) {
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

    /// Reads a file's bytes, with clear errors for a missing path, a directory or an unreadable file.
    public static func read(path: String) throws(IngestError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: path)
        }
        if isDirectory.boolValue { throw .directory(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or I/O error")
        }
        return Array(data)
    }
}
