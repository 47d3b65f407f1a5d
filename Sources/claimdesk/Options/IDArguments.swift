import ArgumentParser
import ClaimDeskModel
import ClaimDeskService
import Foundation

/// A public id argument (`c12`, `d3`, `s4`, or the bare number): parsed by the argument parser, so a malformed
/// id is a usage error that says what an id looks like.
protocol IDArgument: ExpressibleByArgument, CustomStringConvertible {
    /// The kind of record.
    static var kind: PublicID.Kind { get }
    /// The database id.
    var id: Int64 { get }
    init(id: Int64)
}

extension IDArgument {
    init?(argument: String) {
        guard let id = PublicID.parse(argument, as: Self.kind) else { return nil }
        self.init(id: id)
    }

    var description: String { PublicID.format(id, as: Self.kind) }

    static var defaultValueDescription: String { "\(kind.rawValue)12" }

    /// Completes with the workspace's newest ids of this kind (the `--db` on the command line, else the default
    /// workspace); nothing when there is no workspace.
    static var defaultCompletionKind: CompletionKind {
        .custom { (words: [String], _: Int, prefix: String) async -> [String] in
            let option = words.firstIndex(of: "--db").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
            let workspace = Workspace.resolve(option: option, environment: ProcessInfo.processInfo.environment)
            guard workspace.exists, let service = try? ClaimDeskService.open(workspace, actor: "") else { return [] }
            let ids = (try? await service.recentIds(of: kind)) ?? []
            return ids.filter { $0.hasPrefix(prefix) }
        }
    }
}

/// A claim id (`c12`).
struct ClaimID: IDArgument {
    static let kind = PublicID.Kind.claim
    var id: Int64
}

/// A document id (`d3`).
struct DocumentID: IDArgument {
    static let kind = PublicID.Kind.document
    var id: Int64
}

/// A source id (`s4`).
struct SourceID: IDArgument {
    static let kind = PublicID.Kind.source
    var id: Int64
}

/// A capture id (`k7`).
struct CaptureID: IDArgument {
    static let kind = PublicID.Kind.capture
    var id: Int64
}
