import ClaimDeskModel
import ClaimDeskText
/// Why a ledger file (`Claims/*.json`) was refused: the file, the place (`line:column` with the line and a
/// caret under the column) and the reason.
///
/// ```
/// Claims/2026-03-09-openai-pentagon-fr.json:41:18: claims[0].occurrences[0].exact: does not match the
/// document text at 120..<245 ("…" in the ledger, "…" in the text)
///     "exact" : "1,5 millions d'abonnés",
///               ^
/// ```
public struct LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problem.
    public enum Code: String, Sendable, Hashable {
        /// Not valid JSON.
        case syntax
        /// Valid JSON, but not a ledger: a missing field, a wrong type, an unknown status.
        case schema
        /// A ledger whose content contradicts itself: an occurrence that is not in the text, an id that points
        /// elsewhere, an event whose hash does not verify.
        case inconsistent
        /// The files of a ledger folder do not form one history (a broken or incomplete hash chain, a duplicate id).
        case chain
        /// The file cannot be read or written.
        case io
    }

    /// The kind of problem.
    public var code: Code
    /// The file.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column (in characters), when known.
    public var column: Int?
    /// The JSON path of the value at fault (`claims[0].status`), when known.
    public var path: String?
    /// What is wrong.
    public var reason: String
    /// The offending line and a caret under the column, when known.
    public var excerpt: String?

    /// Creates an error.
    public init(
        _ code: Code,
        file: String,
        line: Int? = nil,
        column: Int? = nil,
        path: String? = nil,
        reason: String,
        excerpt: String? = nil
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.reason = reason
        self.excerpt = excerpt
    }

    /// `file:line:column: path: reason`, then the caret excerpt.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        let at = path.map { $0.isEmpty ? "" : "\($0): " } ?? ""
        var text = "\(place): \(at)\(reason)"
        if let excerpt { text += "\n" + excerpt }
        return text
    }

    /// An error located at a byte offset of `bytes`.
    static func at(
        _ offset: Int,
        in bytes: [UInt8],
        code: Code,
        file: String,
        path: String?,
        reason: String
    ) -> LedgerError {
        let location = SourceLocation(offset: offset, in: bytes)
        return LedgerError(
            code,
            file: file,
            line: location.line,
            column: location.column,
            path: path,
            reason: reason,
            excerpt: location.caretExcerpt
        )
    }
}

/// A byte offset turned into a line, a column and a caret excerpt.
struct SourceLocation: Hashable {
    /// 1-based line.
    var line: Int
    /// 1-based column, in Unicode scalars.
    var column: Int
    /// The line (a window of it around the column when it is long) and a caret line.
    var caretExcerpt: String

    /// How many characters of a long line to show on each side of the column.
    static let window = 60

    init(offset: Int, in bytes: [UInt8]) {
        let clamped = max(0, min(offset, bytes.count))
        var lineStart = 0
        var line = 1
        for index in 0..<clamped where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = clamped
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let before = Array(String(decoding: bytes[lineStart..<clamped], as: UTF8.self).unicodeScalars)
        let after = Array(String(decoding: bytes[clamped..<lineEnd], as: UTF8.self).unicodeScalars)
        self.line = line
        self.column = before.count + 1
        let shownBefore = before.suffix(Self.window)
        let shownAfter = after.prefix(Self.window)
        let lead = shownBefore.count < before.count ? "…" : ""
        let tail = shownAfter.count < after.count ? "…" : ""
        var text = String.UnicodeScalarView()
        text.append(contentsOf: shownBefore)
        text.append(contentsOf: shownAfter)
        let caretPad = String(repeating: " ", count: lead.count + shownBefore.count)
        caretExcerpt = "    \(lead)\(String(text))\(tail)\n    \(caretPad)^"
    }
}
