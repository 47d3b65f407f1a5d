public import ClaimDeskModel
public import ClaimDeskReport
import ClaimDeskStore
import ClaimDeskText
public import Foundation

/// A file an export or report wrote, or removed.
public struct WrittenFile: Sendable, Hashable {
    /// What happened to the file.
    public enum Change: String, Sendable, Hashable {
        /// Written (new or changed).
        case wrote
        /// Removed (a ledger file of a document no longer there).
        case removed
    }

    /// The path.
    public var path: String
    /// What happened.
    public var change: Change
    /// The claims in it (a report), if that means something for the file.
    public var claims: Int?
}

/// What `export ledger` did.
public struct LedgerExport: Sendable, Hashable {
    /// The folder.
    public var folder: String
    /// Files written or removed, in order; unchanged files are not listed.
    public var files: [WrittenFile]
    /// Documents in the ledger.
    public var documents: Int
    /// Claims in the ledger.
    public var claims: Int
}

extension ClaimDeskService {
    /// Writes `Reports/<slug>.md` for every document (or only `documentId`'s) and, for all documents,
    /// `Reports/index.md`.
    ///
    /// File names are unique across the workspace, so they are worked out from every document.
    public func writeReports(documentId: Int64?, options: MarkdownReport.Options) async throws(ClaimDeskError)
        -> [WrittenFile]
    {
        let documents = try await store.documents()
        let slugs = Dictionary(
            uniqueKeysWithValues: zip(documents.map { $0.id ?? 0 }, DocumentSlug.uniqueSlugs(for: documents))
        )
        let folder = workspace.reportsDirectory
        try createFolder(folder)
        let details: [DocumentDetail]
        if let documentId { details = await [try store.documentDetail(id: documentId)] } else {
            details = try await store.allDocumentDetails()
        }
        var written: [WrittenFile] = []
        for detail in details {
            let id = detail.document.id ?? 0
            let path = (folder as NSString).appendingPathComponent("\(slugs[id] ?? "d\(id)").md")
            try write(Data(MarkdownReport.render(detail, options: options).utf8), to: path)
            written.append(WrittenFile(path: path, change: .wrote, claims: detail.claims.count))
        }
        if documentId == nil {
            let path = (folder as NSString).appendingPathComponent("index.md")
            try write(Data(IndexReport.render(details, options: options).utf8), to: path)
            written.append(WrittenFile(path: path, change: .wrote))
        }
        return written
    }

    /// One report as text: the document's, or the index when `documentId` is nil (only that document is read).
    public func report(documentId: Int64?, options: MarkdownReport.Options) async throws(ClaimDeskError) -> String {
        if let documentId { return await MarkdownReport.render(try store.documentDetail(id: documentId), options: options) }
        return await IndexReport.render(try store.allDocumentDetails(), options: options)
    }

    /// schema.org ClaimReview JSON-LD for every claim with a verdict.
    ///
    /// - Throws: ``ClaimDeskError`` `.refused` when the workspace has no reviewing organisation.
    public func claimReviewJSON() async throws(ClaimDeskError) -> Data {
        guard let name = try await store.setting("organisation.name") else {
            throw ClaimDeskError(
                .refused,
                "ClaimReview needs the reviewing organisation: run `claimdesk init --organisation NAME "
                    + "--organisation-url URL`"
            )
        }
        let publisher = await ClaimReviewExport.Publisher(
            name: name,
            url: try store.setting("organisation.url"),
            reviewBaseURL: try store.setting("claimreview.url")
        )
        do {
            return try await ClaimReviewExport.export(try store.allDocumentDetails(), publisher: publisher)
        } catch let error as ClaimDeskError {
            throw error
        } catch {
            throw ClaimDeskError(.database, "cannot encode ClaimReview: \(error)", cause: error)
        }
    }

    /// One CSV row per claim (RFC 4180, UTF-8, CRLF; formula-like cells defused).
    public func csv() async throws(ClaimDeskError) -> String {
        await CSVExport.export(try store.allDocumentDetails())
    }

    /// Every document with its claims, sources, captures and history, as JSON.
    public func json() async throws(ClaimDeskError) -> Data {
        let documents = try await store.allDocumentDetails()
        do {
            return try JSONExport.export(documents)
        } catch {
            throw ClaimDeskError(.database, "cannot encode the JSON export: \(error)", cause: error)
        }
    }

    func createFolder(_ folder: String) throws(ClaimDeskError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ClaimDeskError(
                .database,
                "cannot create the folder \(folder): \(error.localizedDescription)",
                subject: folder
            )
        }
    }

    func write(_ data: Data, to path: String) throws(ClaimDeskError) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ClaimDeskError(.database, "cannot write \(path): \(error.localizedDescription)", subject: path)
        }
    }
}
