import ClaimDeskModel
import ClaimDeskText
/// A small validating JSON scanner that knows where things are: the byte offset of the first syntax error, and
/// the byte offset of every value by its path (`claims[3].occurrences[0].exact`).
///
/// Foundation's parsers report a syntax error without a reliable position on every platform, and a decoding
/// error only as a coding path; this scanner turns both into a place in the file that ``LedgerError`` shows
/// as `line:column` with a caret.
struct JSONLocator {
    /// A syntax error: where, and what was expected.
    struct SyntaxError: Error, Equatable {
        /// Byte offset of the offending byte (or the end of the input).
        var offset: Int
        /// What is wrong.
        var reason: String
    }

    /// The byte offset where each value starts, by path.
    private(set) var offsets: [String: Int] = [:]
    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// The deepest nesting of arrays and objects accepted (a ledger needs about 8); deeper input is refused
    /// before it can exhaust the stack.
    static let maximumDepth = 64

    /// Scans `bytes`.
    ///
    /// - Throws: ``SyntaxError`` at the first byte that is not valid JSON.
    init(_ bytes: [UInt8]) throws(SyntaxError) {
        self.bytes = bytes
        skipWhitespace()
        try value(path: "")
        skipWhitespace()
        if position < bytes.count {
            throw SyntaxError(offset: position, reason: "unexpected text after the JSON value")
        }
    }

    /// The path of a value inside an object member or array element.
    static func path(_ parent: String, key: String) -> String { parent.isEmpty ? key : "\(parent).\(key)" }
    static func path(_ parent: String, index: Int) -> String { "\(parent)[\(index)]" }

    /// The offset of the value at `path`, or of its nearest enclosing value that was found.
    func offset(of path: String) -> Int? {
        var current = path
        while true {
            if let found = offsets[current] { return found }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { return offsets[""] }
            current = String(current[..<cut])
        }
    }

    private mutating func value(path: String) throws(SyntaxError) {
        guard position < bytes.count else { throw SyntaxError(offset: position, reason: "unexpected end of file") }
        offsets[path] = position
        let byte = bytes[position]
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            guard depth < Self.maximumDepth else {
                throw SyntaxError(offset: position, reason: "nested deeper than \(Self.maximumDepth) levels")
            }
            depth += 1
        }
        defer { if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth -= 1 } }
        switch byte {
        case UInt8(ascii: "{"): try object(path: path)
        case UInt8(ascii: "["): try array(path: path)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw SyntaxError(offset: position, reason: "expected a JSON value")
        }
    }

    private mutating func object(path: String) throws(SyntaxError) {
        position += 1
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            guard peek == UInt8(ascii: "\"") else {
                throw SyntaxError(offset: position, reason: "expected a quoted key")
            }
            let start = position + 1
            try string()
            let key = String(decoding: bytes[start..<position - 1], as: UTF8.self)
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else {
                throw SyntaxError(offset: position, reason: "expected `:` after a key")
            }
            position += 1
            skipWhitespace()
            try value(path: Self.path(path, key: key))
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
                continue
            }
            guard peek == UInt8(ascii: "}") else {
                throw SyntaxError(offset: position, reason: "expected `,` or `}` in an object")
            }
            position += 1
            return
        }
    }

    private mutating func array(path: String) throws(SyntaxError) {
        position += 1
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return
        }
        var index = 0
        while true {
            try value(path: Self.path(path, index: index))
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
                continue
            }
            guard peek == UInt8(ascii: "]") else {
                throw SyntaxError(offset: position, reason: "expected `,` or `]` in an array")
            }
            position += 1
            return
        }
    }

    private mutating func string() throws(SyntaxError) {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                // A backslash as the file's last byte: once, this `break` left the position unchanged and
                // looped forever (found by Fuzz/FuzzLedger).
                guard position + 1 < bytes.count else {
                    throw SyntaxError(offset: position, reason: "unexpected end of file in a string")
                }
                let escape = bytes[position + 1]
                if escape == UInt8(ascii: "u") {
                    let hex = bytes[min(position + 2, bytes.count)..<min(position + 6, bytes.count)]
                    guard hex.count == 4, hex.allSatisfy(Self.isHexDigit) else {
                        throw SyntaxError(offset: position, reason: "invalid \\u escape in a string")
                    }
                    position += 6
                } else {
                    guard Array("\"\\/bfnrt".utf8).contains(escape) else {
                        throw SyntaxError(offset: position, reason: "invalid escape in a string")
                    }
                    position += 2
                }
            case 0..<0x20:
                throw SyntaxError(offset: position, reason: "control character in a string (newlines must be \\n)")
            default:
                position += 1
            }
        }
        throw SyntaxError(offset: bytes.count, reason: "unterminated string")
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected
        else { throw SyntaxError(offset: position, reason: "expected a JSON value") }
        position += expected.count
    }

    private mutating func number() throws(SyntaxError) {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        let firstDigit = position
        let count = skipDigits()
        guard count > 0 else { throw SyntaxError(offset: position, reason: "invalid number") }
        if bytes[firstDigit] == UInt8(ascii: "0"), count > 1 {
            throw SyntaxError(offset: start, reason: "invalid number (leading zero)")
        }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard skipDigits() > 0 else { throw SyntaxError(offset: position, reason: "invalid number") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw SyntaxError(offset: position, reason: "invalid number") }
        }
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position - start
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
