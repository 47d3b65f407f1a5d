import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (ephemeral port) for fetch tests: one thread accepts, one thread per
/// connection answers from a routing closure, then closes the connection.
final class LoopbackServer: @unchecked Sendable {
    // @unchecked Sendable: `listener` and `port` are set once in init; the routing closure is immutable.

    /// What the server does for one request.
    enum Reply: Sendable {
        /// Send a complete response.
        case respond(status: Int, headers: [(String, String)], body: [UInt8])
        /// Send the head, then the body in chunks with a pause before each (a slow trickle).
        case trickle(status: Int, headers: [(String, String)], chunks: [[UInt8]], pause: Double)
        /// Wait, then respond.
        case delayed(seconds: Double, reply: @Sendable () -> Reply)
    }

    let port: Int
    private let listener: Int32
    private let route: @Sendable (_ path: String, _ requestHead: String) -> Reply

    /// Starts listening; fails the test run (throws) when the socket cannot be opened.
    init(route: @escaping @Sendable (_ path: String, _ requestHead: String) -> Reply) throws {
        self.route = route
        #if canImport(Glibc)
        let socketType = Int32(SOCK_STREAM.rawValue)
        #else
        let socketType = SOCK_STREAM
        #endif
        let fd = socket(AF_INET, socketType, 0)
        guard fd >= 0 else { throw ServerError("socket failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            close(fd)
            throw ServerError("bind/listen failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in self.acceptLoop() }
        thread.start()
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { return }
            let thread = Thread { [self] in self.serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var head = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !head.ends(with: Array("\r\n\r\n".utf8)) {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { return }
            head.append(contentsOf: buffer[0..<count])
            if head.count > 65536 { return }
            if head.first == 0x16 {
                // A TLS ClientHello: answer in plain HTTP, as a misconfigured server would, and hang up.
                write(Array("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n".utf8), to: client)
                return
            }
        }
        let text = String(decoding: head, as: UTF8.self)
        let requestLine = text.split(separator: "\r\n").first ?? ""
        let parts = requestLine.split(separator: " ")
        let path = parts.count > 1 ? String(parts[1]) : "/"
        send(route(path, text), to: client)
    }

    private func send(_ reply: Reply, to client: Int32) {
        switch reply {
        case .respond(let status, let headers, let body):
            var all = headers
            if !all.contains(where: { $0.0.lowercased() == "content-length" }) {
                all.append(("Content-Length", String(body.count)))
            }
            write(head(status, all) + body, to: client)
        case .trickle(let status, let headers, let chunks, let pause):
            guard write(head(status, headers), to: client) else { return }
            for chunk in chunks {
                Thread.sleep(forTimeInterval: pause)
                guard write(chunk, to: client) else { return }
            }
        case .delayed(let seconds, let reply):
            Thread.sleep(forTimeInterval: seconds)
            send(reply(), to: client)
        }
    }

    private func head(_ status: Int, _ headers: [(String, String)]) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    @discardableResult
    private func write(_ bytes: [UInt8], to client: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 404: "Not Found"
        case 410: "Gone"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }

    struct ServerError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
