import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// What one fetch produced: the response of the last hop and every hop before it, or a classified failure.
public struct FetchResult: Sendable, Hashable {
    /// The URL requested.
    public var requestedURL: String
    /// When the fetch started.
    public var startedAt: Date
    /// Every request/response exchanged, in order; the last one is the final response.
    public var hops: [FetchHop]
    /// The decoded body of the final response (`Content-Encoding` removed), at most `maxBytes` long.
    public var body: [UInt8]
    /// Time spent, summed over hops.
    public var timings: FetchTimings
    /// Why the fetch failed; nil when a final response arrived (whatever its status).
    public var failure: FetchFailure?

    /// Creates a result.
    public init(
        requestedURL: String,
        startedAt: Date,
        hops: [FetchHop] = [],
        body: [UInt8] = [],
        timings: FetchTimings = FetchTimings(),
        failure: FetchFailure? = nil
    ) {
        self.requestedURL = requestedURL
        self.startedAt = startedAt
        self.hops = hops
        self.body = body
        self.timings = timings
        self.failure = failure
    }

    /// The final HTTP status, nil when no response arrived.
    public var status: Int? { failure == nil ? hops.last?.status : nil }
    /// Every URL visited, the requested one first.
    public var redirectChain: [String] { hops.isEmpty ? [requestedURL] : hops.map(\.url) }
    /// The URL the final response came from.
    public var finalURL: String? { failure == nil ? hops.last?.url : nil }
    /// The final response's headers.
    public var headers: [HTTPHeader] { hops.last?.responseHeaders ?? [] }
    /// Media type of the final response, lower-cased, without parameters.
    public var contentType: String? { MediaType(headerValue: headerValue("Content-Type")).type }
    /// Charset named by the final response's `Content-Type`, lower-cased.
    public var charset: String? { MediaType(headerValue: headerValue("Content-Type")).charset }
    /// SHA-256 of ``body``, lower-case hex.
    public var payloadSHA256: String { Hashing.sha256Hex(body) }
    /// Whether a final response arrived.
    public var succeeded: Bool { failure == nil && !hops.isEmpty }

    /// The first value of the final response's header `name` (case-insensitive).
    public func headerValue(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One request and the response to it; a redirect is one hop.
public struct FetchHop: Sendable, Hashable {
    /// The URL requested in this hop.
    public var url: String
    /// The HTTP status of the response.
    public var status: Int
    /// The request head as sent (request line and headers, CRLF-separated, ending in an empty line).
    public var requestHead: [UInt8]
    /// The response status line, e.g. `HTTP/1.1 200 OK`.
    public var statusLine: String
    /// The response headers, in order.
    public var responseHeaders: [HTTPHeader]
    /// The remote IP address, when known.
    public var remoteIP: String?

    /// Creates a hop.
    public init(
        url: String,
        status: Int,
        requestHead: [UInt8] = [],
        statusLine: String = "",
        responseHeaders: [HTTPHeader] = [],
        remoteIP: String? = nil
    ) {
        self.url = url
        self.status = status
        self.requestHead = requestHead
        self.statusLine = statusLine.isEmpty ? "HTTP/1.1 \(status)" : statusLine
        self.responseHeaders = responseHeaders
        self.remoteIP = remoteIP
    }
}

/// One HTTP header field.
public struct HTTPHeader: Sendable, Hashable, Codable {
    /// Field name as received.
    public var name: String
    /// Field value, trimmed.
    public var value: String

    /// Creates a header.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Seconds spent in each phase of a fetch, summed over hops.
public struct FetchTimings: Sendable, Hashable, Codable {
    /// Name resolution.
    public var dns: Double
    /// TCP connect (from start).
    public var connect: Double
    /// TLS handshake done (from start).
    public var tls: Double
    /// First byte received (from start).
    public var firstByte: Double
    /// Whole fetch.
    public var total: Double

    /// Creates timings.
    public init(dns: Double = 0, connect: Double = 0, tls: Double = 0, firstByte: Double = 0, total: Double = 0) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.firstByte = firstByte
        self.total = total
    }
}

/// Why a fetch ended without a final response.
public struct FetchFailure: Sendable, Hashable, Error, CustomStringConvertible {
    /// The class of failure.
    public var kind: Kind
    /// What the transport said.
    public var detail: String

    /// Creates a failure.
    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(kind.rawValue): \(detail)" }

    /// The classes of failure, stored in a capture's `error` column by their raw value.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The host name did not resolve.
        case dns
        /// The connection was refused or could not be made.
        case refused
        /// A connect, total or low-speed timeout.
        case timeout
        /// The body exceeded the size limit.
        case tooLarge = "too_large"
        /// TLS handshake or certificate failure.
        case tls
        /// More redirects than allowed, or a loop.
        case redirectLimit = "redirect_limit"
        /// A scheme other than http or https, also after a redirect.
        case badScheme = "bad_scheme"
        /// The URL could not be parsed.
        case badURL = "bad_url"
        /// The body's `Content-Encoding` could not be decoded.
        case badEncoding = "bad_encoding"
        /// The host resolved to an address the ``AddressPolicy`` refuses (loopback, private, link-local…).
        case blockedAddress = "blocked_address"
        /// Any other transport failure (reset, bad response…).
        case network
    }
}
