public import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// Writes and reads the `Claims/` ledger: one JSON file per document plus `_workspace.json`.
///
/// Writing is deterministic (canonical order, sorted keys, pretty-printed, a final newline), so export → import →
/// export gives byte-identical files. Reading refuses anything it cannot vouch for, with the file, the
/// `line:column`, a caret and the reason (``LedgerError``): malformed JSON, a missing or mistyped field, an
/// occurrence whose quote is not the slice of the stored text it points at, an id that points elsewhere, an event
/// whose hash does not match its content, or a set of files whose events do not form one unbroken hash chain.
///
/// ## Topics
/// - ``export(_:workspace:)``
/// - ``read(_:)``
/// - ``decode(_:file:)``
public enum Ledger {
    /// The name of the workspace file in the ledger folder (a document slug never starts with `_`).
    public static let workspaceFileName = "_workspace.json"

    /// The largest ledger file read (a document of several megabytes of text is far below it).
    public static let maximumFileSize = 64 << 20

    /// A whole ledger, as read from a folder.
    public typealias Contents = LedgerContents

    /// The files of a ledger: file name → content.
    ///
    /// - Parameters:
    ///   - documents: one ledger file per document.
    ///   - workspace: settings and document-less events.
    /// - Returns: `<slug>.json` for each document (slugs from ``DocumentSlug/uniqueSlugs(for:)``) and
    ///   ``workspaceFileName``.
    public static func export(_ documents: [LedgerFile], workspace: LedgerWorkspace) throws -> [String: Data] {
        let ordered = documents.sorted { ($0.document.id ?? 0) < ($1.document.id ?? 0) }
        let slugs = DocumentSlug.uniqueSlugs(for: ordered.map(\.document))
        var files: [String: Data] = [:]
        for (file, slug) in zip(ordered, slugs) {
            files["\(slug).json"] = try encode(file)
        }
        var workspace = workspace
        workspace.files = files.keys.sorted()
        files[workspaceFileName] = try encodeJSON(workspace)
        return files
    }

    /// One document's ledger file, in canonical order.
    public static func encode(_ file: LedgerFile) throws -> Data {
        try encodeJSON(file.canonical)
    }

    /// Reads a whole ledger folder's files and checks that they form one history.
    ///
    /// - Parameter files: file name or path → content, for every `*.json` file of the folder (errors name the
    ///   file by this key).
    /// - Returns: the documents (in file-name order) and the workspace part.
    /// - Throws: ``LedgerError`` for the first file that is malformed or inconsistent, or when the events of all
    ///   files together do not form one hash chain.
    public static func read(_ files: [String: Data]) throws(LedgerError) -> Contents {
        var documents: [(name: String, file: LedgerFile, locator: JSONLocator, bytes: [UInt8])] = []
        var workspace = LedgerWorkspace()
        var workspaceSource: (locator: JSONLocator, bytes: [UInt8])?
        for name in files.keys.sorted() {
            let data = files[name] ?? Data()
            guard data.count <= maximumFileSize else {
                throw LedgerError(
                    .io,
                    file: name,
                    line: 1,
                    column: 1,
                    reason: "the file is \(data.count) bytes, more than a ledger file may be (\(maximumFileSize))"
                )
            }
            let bytes = [UInt8](data)
            let locator = try locate(bytes, file: name)
            if isWorkspaceFile(name) {
                workspace = try decodeValue(LedgerWorkspace.self, bytes, locator: locator, file: name)
                try LedgerValidator.checkFormat(workspace.format, locator: locator, bytes: bytes, file: name)
                workspaceSource = (locator, bytes)
            } else {
                let file = try decodeValue(LedgerFile.self, bytes, locator: locator, file: name)
                try LedgerValidator(file: name, bytes: bytes, locator: locator).validate(file)
                documents.append((name, file, locator, bytes))
            }
        }
        var places: [Int64: (file: String, path: String, locator: JSONLocator, bytes: [UInt8])] = [:]
        var events: [Event] = []
        func collect(
            _ event: Event,
            file: String,
            path: String,
            locator: JSONLocator,
            bytes: [UInt8]
        )
            throws(LedgerError)
        {
            guard let id = event.id else {
                throw LedgerValidator(file: file, bytes: bytes, locator: locator).error(
                    .inconsistent,
                    path: path,
                    "an event without an id"
                )
            }
            if let other = places[id] {
                throw LedgerValidator(file: file, bytes: bytes, locator: locator).error(
                    .chain,
                    path: path + ".id",
                    "event e\(id) is also in \(other.file) at \(other.path)"
                )
            }
            places[id] = (file, path, locator, bytes)
            events.append(event)
        }
        for entry in documents {
            for (index, event) in entry.file.events.enumerated() {
                try collect(
                    event,
                    file: entry.name,
                    path: "events[\(index)]",
                    locator: entry.locator,
                    bytes: entry.bytes
                )
            }
            for (claimIndex, claim) in entry.file.claims.enumerated() {
                for (index, event) in claim.events.enumerated() {
                    try collect(
                        event,
                        file: entry.name,
                        path: "claims[\(claimIndex)].events[\(index)]",
                        locator: entry.locator,
                        bytes: entry.bytes
                    )
                }
            }
        }
        if let workspaceSource {
            for (index, event) in workspace.events.enumerated() {
                try collect(
                    event,
                    file: workspaceFileName,
                    path: "events[\(index)]",
                    locator: workspaceSource.locator,
                    bytes: workspaceSource.bytes
                )
            }
        }
        events.sort { ($0.id ?? 0) < ($1.id ?? 0) }
        if let broken = EventChain.verify(events) {
            let id = broken.eventId ?? 0
            let reason = "the history's hash chain breaks at event e\(id): \(broken.reason)"
            guard let place = places[id] else { throw LedgerError(.chain, file: ".", reason: reason) }
            throw LedgerValidator(file: place.file, bytes: place.bytes, locator: place.locator).error(
                .chain,
                path: place.path + ".prevHash",
                reason
            )
        }
        try checkUniqueIds(documents.map { ($0.name, $0.file) })
        return Contents(files: documents.map(\.file), workspace: workspace)
    }

    /// Decodes and checks one document's ledger file on its own (its events' hashes, not the chain across files).
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the name used in errors.
    /// - Throws: ``LedgerError`` with the position and reason.
    public static func decode(_ data: Data, file: String) throws(LedgerError) -> LedgerFile {
        let bytes = [UInt8](data)
        let locator = try locate(bytes, file: file)
        let decoded = try decodeValue(LedgerFile.self, bytes, locator: locator, file: file)
        try LedgerValidator(file: file, bytes: bytes, locator: locator).validate(decoded)
        return decoded
    }

    /// Whether a file name or path is the workspace file.
    static func isWorkspaceFile(_ name: String) -> Bool {
        name == workspaceFileName || name.hasSuffix("/" + workspaceFileName)
    }

    /// Sorted keys, pretty-printed, slashes unescaped, final newline.
    static func encodeJSON(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    static func locate(_ bytes: [UInt8], file: String) throws(LedgerError) -> JSONLocator {
        do {
            return try JSONLocator(bytes)
        } catch {
            throw LedgerError.at(error.offset, in: bytes, code: .syntax, file: file, path: nil, reason: error.reason)
        }
    }

    private static func decodeValue<T: Decodable>(
        _ type: T.Type,
        _ bytes: [UInt8],
        locator: JSONLocator,
        file: String
    ) throws(LedgerError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            let offset = locator.offset(of: path) ?? 0
            throw LedgerError.at(offset, in: bytes, code: .schema, file: file, path: path, reason: reason)
        } catch {
            throw LedgerError(.schema, file: file, reason: "\(error)")
        }
    }

    /// The JSON path and a one-line reason for a decoding error.
    static func describe(_ error: DecodingError) -> (path: String, reason: String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { path, key in
                if let index = key.intValue { return JSONLocator.path(path, index: index) }
                return JSONLocator.path(path, key: key.stringValue)
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath), "missing field `\(key.stringValue)`")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(typeName(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(typeName(type)), found null")
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }

    /// Document and claim ids must be unique across the folder.
    private static func checkUniqueIds(_ files: [(name: String, file: LedgerFile)]) throws(LedgerError) {
        var documents: [Int64: String] = [:]
        var claims: [Int64: String] = [:]
        for (name, file) in files {
            if let id = file.document.id {
                if let other = documents[id] {
                    throw LedgerError(
                        .chain,
                        file: name,
                        path: "document.id",
                        reason: "document d\(id) is also in \(other)"
                    )
                }
                documents[id] = name
            }
            for claim in file.claims {
                guard let id = claim.claim.id else { continue }
                if let other = claims[id] {
                    throw LedgerError(.chain, file: name, path: "claims", reason: "claim c\(id) is also in \(other)")
                }
                claims[id] = name
            }
        }
    }
}
