import ArgumentParser
import ClaimDeskModel

/// A public id argument (`c12`, `d3`, `s4`, or the bare number): parsed by the argument parser, so a malformed
/// id is a usage error that says what an id looks like.
protocol IDArgument: ExpressibleByArgument, CustomStringConvertible {
    /// The kind of record.
    static var kind: PublicID.Kind { get }
    /// The listing command that shows these ids.
    static var listCommand: String { get }
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
}

/// A claim id (`c12`).
struct ClaimID: IDArgument {
    static let kind = PublicID.Kind.claim
    static let listCommand = "claimdesk claims list"
    var id: Int64
}

/// A document id (`d3`).
struct DocumentID: IDArgument {
    static let kind = PublicID.Kind.document
    static let listCommand = "claimdesk docs list"
    var id: Int64
}

/// A source id (`s4`).
struct SourceID: IDArgument {
    static let kind = PublicID.Kind.source
    static let listCommand = "claimdesk source list"
    var id: Int64
}
