import CCurl

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

/// libcurl write callback: body bytes, already decoded from gzip/deflate.
let curlWriteBody: ccurl_write_callback = { pointer, size, count, userdata in
    guard let userdata else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    guard length > 0, let pointer else { return length }
    return transfer.appendBody(UnsafeRawBufferPointer(start: pointer, count: length)) ? length : 0
}

/// libcurl header callback: one response header line at a time, for every response.
let curlWriteHeader: ccurl_write_callback = { pointer, size, count, userdata in
    let length = size * count
    guard let userdata, let pointer else { return length }
    let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
    transfer.appendHeaderLine(UnsafeRawBufferPointer(start: pointer, count: length))
    return length
}

/// libcurl debug callback: keeps the request head exactly as sent; discards the rest of the verbose output.
let curlDebug: ccurl_debug_callback = { _, type, data, size, userdata in
    guard type == CURLINFO_HEADER_OUT, let userdata, let data else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
    transfer.requestHead = Array(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
