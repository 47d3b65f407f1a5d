import ClaimDeskModel
import ClaimDeskText

/// What libcurl's callbacks collect during one hop of a ``CurlFetcher`` fetch.
final class Transfer {
    let maxBytes: Int
    var body: [UInt8] = []
    var tooLarge = false
    var statusLine = ""
    var headers: [HTTPHeader] = []
    var requestHead: [UInt8] = []

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Appends decoded body bytes; false (abort) once the body would exceed `maxBytes`.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if body.count + bytes.count > maxBytes {
            tooLarge = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Records one header line; a status line starts a new response (after a 1xx interim one).
    func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        if line.isEmpty { return }
        if line.hasPrefix("HTTP/") {
            statusLine = line
            headers = []
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon]).trimmingWhitespace()
        let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
        headers.append(HTTPHeader(name: name, value: value))
    }
}
