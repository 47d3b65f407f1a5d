import Foundation
import GRDB
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskService
@testable import ClaimDeskStore
@testable import ClaimDeskText

/// The ledger against a workspace on disk: exports touch only their own files, slugs are stable, URL provenance
/// is of the bytes received, a failed import leaves nothing, and `audit verify` sees the database file.
@Suite struct LedgerWorkspaceTests {
    static let demoKey = String(repeating: "5a", count: 32)

    /// A scratch folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func service(in folder: URL, key: String? = demoKey) throws -> ClaimDeskService {
        var workspace = Workspace(databasePath: folder.appendingPathComponent("claimdesk.sqlite").path)
        workspace.signingKeyHex = key
        return try ClaimDeskService.create(workspace, actor: "tester", clock: .fixed(Factories.now)).service
    }

    static func ingest(_ service: ClaimDeskService, _ text: String, title: String) async throws -> Document {
        let items = try await service.ingest(
            [.bytes(Array(text.utf8), origin: "-")],
            metadata: DocumentMetadata(lang: .fr, title: title)
        )
        return try #require(try items.first?.result.get().document)
    }

    @Test func exportKeepsForeignFilesAndRefusesAForeignFolder() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let service = try Self.service(in: root)
        _ = try await Self.ingest(service, Factories.article, title: "Rapport")
        // Given a project folder with files of its own
        let project = root.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for name in ["package.json", "data.json"] {
            try Data("{}".utf8).write(to: project.appendingPathComponent(name))
        }
        // When the ledger is exported into it, it is refused and nothing there changes
        await #expect(throws: ClaimDeskError.self) { try await service.exportLedger(to: project.path) }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: project.path).sorted() == ["data.json", "package.json"]
        )
        // Given a ledger folder into which someone put a package.json
        let ledger = root.appendingPathComponent("ledger")
        _ = try await service.exportLedger(to: ledger.path)
        try Data("{}".utf8).write(to: ledger.appendingPathComponent("package.json"))
        // When the ledger is exported again after more work
        _ = try await Self.ingest(service, "Le budget a atteint 12 milliards d'euros en 2024.", title: "Budget")
        let export = try await service.exportLedger(to: ledger.path)
        // Then package.json is kept and nothing was removed
        #expect(FileManager.default.fileExists(atPath: ledger.appendingPathComponent("package.json").path))
        #expect(!export.files.contains { $0.change == .removed })
    }

    @Test func exportAndImportNeverFollowASymlinkOutOfTheFolder() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let service = try Self.service(in: root)
        _ = try await Self.ingest(service, Factories.article, title: "Rapport")
        let ledger = root.appendingPathComponent("ledger")
        let export = try await service.exportLedger(to: ledger.path)
        let documentFile = try #require(export.files.map(\.path).first { !$0.hasSuffix(Ledger.workspaceFileName) })
        // Given a ledger file replaced by a link to a file outside the folder
        let outside = root.appendingPathComponent("secret.txt")
        try Data("root:x:0:0:secret\n".utf8).write(to: outside)
        try FileManager.default.removeItem(atPath: documentFile)
        try FileManager.default.createSymbolicLink(atPath: documentFile, withDestinationPath: outside.path)
        // Then exporting refuses to write through it, and the outside file is unchanged
        await #expect(throws: ClaimDeskError.self) { try await service.exportLedger(to: ledger.path) }
        #expect(try String(contentsOf: outside, encoding: .utf8) == "root:x:0:0:secret\n")
        // And importing refuses it without quoting the file it points at
        let error = try #require(throws: LedgerError.self) { try ClaimDeskService.readLedger(folder: ledger.path) }
        #expect(!error.description.contains("secret"))
    }

    @Test func slugsAreFixedAtIngest() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let service = try Self.service(in: root)
        // Given a document titled "Report", exported and reviewed
        let first = try await Self.ingest(service, Factories.article, title: "Report")
        let before = try await service.exportLedger()
        #expect(first.slug == "report")
        // When a second document with the same title is ingested
        let second = try await Self.ingest(
            service,
            "Le budget a atteint 12 milliards d'euros en 2024.",
            title: "Report"
        )
        let after = try await service.exportLedger()
        // Then the first keeps its name and the second gets its own
        #expect(second.slug == "report-d2")
        let names = try FileManager.default.contentsOfDirectory(atPath: service.workspace.claimsDirectory).sorted()
        #expect(names == ["_workspace.json", "report-d2.json", "report.json"])
        #expect(!after.files.contains { $0.change == .removed })
        #expect(before.files.contains { $0.path.hasSuffix("/report.json") })
    }

    @Test func urlProvenanceIsOfTheBytesReceived() async throws {
        // Given an HTML page whose text is much shorter than its bytes
        let html = """
            <html><head><title>Rapport</title></head><body><article><p>Le gouvernement a dépensé 3,2 milliards \
            d'euros en 2023, selon le rapport publié mardi par la Cour des comptes.</p><p>La dépense a augmenté \
            de 12 % en un an, indique le document.</p></article><script>var x = 1;</script></body></html>
            """
        let body = Array(html.utf8)
        let server = try LoopbackServer { _, _ in
            .respond(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: body)
        }
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let service = try Self.service(in: root)
        // When it is ingested by URL
        let items = try await service.ingest(
            [.url("http://127.0.0.1:\(server.port)/a")],
            metadata: DocumentMetadata(),
            fetch: FetchSettings(allowPrivateNetwork: true)
        )
        let document = try #require(try items.first?.result.get().document)
        // Then sha256 and size are of the bytes received, and the text has its own hash
        #expect(document.sha256 == Hashing.sha256Hex(body))
        #expect(document.size == body.count)
        #expect(document.textSha256 == Hashing.sha256Hex(document.text))
        #expect(document.textSha256 != document.sha256)
        // And the whole workspace proves
        let report = try await service.audit(head: nil)
        #expect(report.passed, "\(report.database.checks)")
    }

    @Test func failedImportLeavesNothingBehind() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let service = try Self.service(in: root)
        _ = try await Self.ingest(service, Factories.article, title: "Rapport")
        let ledger = root.appendingPathComponent("ledger")
        _ = try await service.exportLedger(to: ledger.path)
        // Given a ledger that proves but that the database refuses (two occurrences with one id)
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: ledger.path).first { $0 != Ledger.workspaceFileName }
        )
        let path = ledger.appendingPathComponent(name)
        var file = try JSONDecoder().decode(LedgerFile.self, from: Data(contentsOf: path))
        file.claims[1].occurrences[0].id = file.claims[0].occurrences[0].id
        try Ledger.encodeJSON(file).write(to: path)
        // When it is imported into a new workspace
        let target = root.appendingPathComponent("new/sub")
        var workspace = Workspace(databasePath: target.appendingPathComponent("claimdesk.sqlite").path)
        workspace.signingKeyHex = Self.demoKey
        await #expect(throws: (any Error).self) {
            try await ClaimDeskService.importLedger(folder: ledger.path, into: workspace, actor: "t")
        }
        // Then no database and no folder is left
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("new").path))
    }

    @Test func auditCatchesARowChangedWithSQLAndACorruptedPage() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let service = try Self.service(in: root)
        _ = try await Self.ingest(service, Factories.article, title: "Rapport")
        #expect(try await service.audit(head: nil).passed)
        let head = try await service.signedHead()
        #expect(try await service.audit(head: PublishedHead("\(head.count) \(head.hash)")).containsPublishedHead)
        // Given a claim and a document changed with SQL, as the sqlite3 shell would (no event)
        let path = service.workspace.databasePath
        do {
            let queue = try DatabaseQueue(path: path)
            try await queue.write { db in
                try db.execute(sql: "UPDATE claim SET status = 'verified' WHERE id = 1")
            }
            try await queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try queue.close()
        }
        // Then audit verify fails on the state, naming the field
        let report = try await service.audit(head: nil)
        let state = try #require(report.database.checks.first { $0.name == "state" })
        #expect(state.failure?.contains("status") == true, "\(report.database.checks)")
        // Given a page of the file overwritten
        let reopened = try Self.service(in: root)
        _ = try await reopened.audit(head: nil)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: min(size - 4096, 4096 * 3))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096))
        try handle.close()
        // Then the audit fails, saying that the file's integrity check failed
        let corrupted = try await Self.service(in: root).audit(head: nil)
        let integrity = try #require(corrupted.database.checks.first { $0.name == "integrity_check" })
        #expect(integrity.failure != nil, "\(corrupted.database.checks)")
        #expect(!corrupted.passed)
    }
}
