import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578): text fields and uploaded files.
///
/// Only what the workbench's forms send: each part's `Content-Disposition` names it (and a file part its file
/// name); its bytes run to the next boundary. Anything else about the body is refused with a 400.
package struct MultipartForm: Sendable {
    /// An uploaded file.
    package struct File: Sendable, Hashable {
        /// The file name the browser sent (only its last path component), possibly empty.
        package var filename: String
        /// The file's bytes, as sent.
        package var bytes: [UInt8]
    }

    /// The text fields, in order.
    package private(set) var fields: [(String, String)] = []
    /// The files, by field name.
    package private(set) var files: [String: File] = [:]

    /// The boundary in a `Content-Type: multipart/form-data; boundary=…` header, or nil when it is not one.
    package static func boundary(inContentType contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = String(part.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    /// Parses `body`, whose parts are separated by `boundary`.
    package init(_ body: [UInt8], boundary: String) throws(WebError) {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard var position = Self.find(delimiter, in: body, from: 0) else { throw Self.malformed }
        position += delimiter.count
        while true {
            guard position + 2 <= body.count else { throw Self.malformed }
            if body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { return }
            guard body[position] == 13, body[position + 1] == 10 else { throw Self.malformed }
            position += 2
            guard let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: position),
                let end = Self.find(separator, in: body, from: headerEnd + 4)
            else { throw Self.malformed }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let content = Array(body[(headerEnd + 4)..<end])
            try add(headers: headers, content: content)
            position = end + separator.count
        }
    }

    private mutating func add(headers: String, content: [UInt8]) throws(WebError) {
        let disposition = headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }
        guard let disposition, let name = Self.parameter("name", in: String(disposition)) else { throw Self.malformed }
        if let filename = Self.parameter("filename", in: String(disposition)) {
            let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            let clean = String(last.unicodeScalars.filter { $0.properties.generalCategory != .control })
            files[name] = File(filename: clean, bytes: content)
            return
        }
        guard let value = String(validating: content, as: UTF8.self) else {
            throw WebError.badRequest("The form is not valid: the field “\(name)” is not UTF-8.")
        }
        // As in URL-encoded forms: the database would cut the text at a NUL. (A file with one is refused by the
        // ingest, as binary.)
        guard !name.contains("\0"), !value.contains("\0") else {
            throw WebError.badRequest("The form is not valid: a field holds a NUL character; remove it and send again.")
        }
        fields.append((name, value))
    }

    /// The value of `name="…"` in a header (quoted, with `\"` escapes as browsers send them).
    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(name + "=") else { continue }
            var value = String(trimmed.dropFirst(name.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "%22", with: "\"")
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static let malformed = WebError.badRequest("The form is not valid multipart/form-data.")
}
