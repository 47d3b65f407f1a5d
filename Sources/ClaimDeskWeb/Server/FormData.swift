import Foundation

/// The fields of an `application/x-www-form-urlencoded` or `multipart/form-data` body (or a query string).
package struct FormData: Sendable, Hashable {
    private var fields: [String: [String]] = [:]
    /// The uploaded files, by field name (multipart forms only).
    package private(set) var files: [String: MultipartForm.File] = [:]

    /// Parses `body`; fails with a 400 when a field is not valid percent-encoded UTF-8 or holds a NUL (`%00`),
    /// which the database would silently cut the text at.
    package init(urlEncoded body: String) throws(WebError) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = FormData.decode(parts[0]), let value = FormData.decode(parts.count > 1 ? parts[1] : "")
            else { throw .badRequest("The form is not valid: a field is not percent-encoded UTF-8.") }
            guard !name.contains("\0"), !value.contains("\0") else {
                throw .badRequest("The form is not valid: a field holds a NUL character (%00); remove it and send again.")
            }
            fields[name, default: []].append(value)
        }
    }

    /// The fields and files of a multipart body.
    package init(multipart form: MultipartForm) {
        self.init(form.fields)
        files = form.files
    }

    /// Fields from a dictionary (for query parameters).
    package init(_ pairs: [(String, String)]) {
        for (name, value) in pairs { fields[name, default: []].append(value) }
    }

    /// The first value of `name`, or nil.
    package subscript(_ name: String) -> String? { fields[name]?.first }

    /// The value of `name` trimmed, or nil when missing or blank.
    package func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Whether a checkbox `name` was ticked.
    package func flag(_ name: String) -> Bool {
        guard let value = self[name] else { return false }
        return ["on", "1", "true", "yes"].contains(value.lowercased())
    }

    private static func decode(_ part: Substring) -> String? {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
