import ArgumentParser
import ClaimDeskKit
import Foundation

extension ClaimDesk {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild a workspace database from a ledger folder.",
            discussion: """
                Reads every *.json file of DIR, checks each (JSON syntax, fields, quotes against the stored text, \
                ids, event hashes) and the hash chain across all of them, then writes everything in one \
                transaction. The database must be new or empty. A broken file is refused with its file, \
                line:column and the reason, and nothing is imported.
                """
        )

        @OptionGroup var options: WorkspaceOptions
        @Argument(help: ArgumentHelp("The ledger folder (usually Claims/).", valueName: "dir")) var dir: String

        func run() async throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(dir) is not a folder")
            }
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".json") {
                let path = (dir as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw LedgerError(.io, file: path, reason: "cannot read the file")
                }
                files[path] = data
            }
            guard !files.isEmpty else { throw ValidationError("\(dir) holds no ledger files (*.json)") }
            let contents = try Ledger.read(files)
            let (store, _) = try options.workspace.create()
            try store.importLedger(contents)
            let claims = contents.files.map(\.claims.count).reduce(0, +)
            print("imported \(contents.files.count) documents, \(claims) claims from \(dir); history verified")
        }

    }
}
