import ClaimDeskModel
import ClaimDeskText
import CCurl
import Foundation

/// The one ``Fetcher`` that touches the network, over libcurl's easy interface.
///
/// Each instance owns one easy handle (freed in `deinit`) and runs one fetch at a time on a thread of its own,
/// so the blocking `curl_easy_perform` never occupies a thread of Swift's cooperative pool. For concurrency,
/// give each worker its own instance (``FetchPool`` does); kept-alive connections are reused between fetches
/// of the same instance.
///
/// Safe by default: only http and https, also after redirects; redirects are followed one hop at a time so
/// every hop is recorded and checked; connect, total and low-speed timeouts; the decoded body is capped while it
/// streams in (so a compressed bomb stops at `maxBytes`); `Accept-Encoding` is offered and decoded by curl.
public final class CurlFetcher: Fetcher, @unchecked Sendable {
    // @unchecked Sendable: the easy handle and error buffer are only touched while `lock` is held.
    private let handle: UnsafeMutableRawPointer?
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private let lock = NSLock()

    private static let globalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

    /// Creates a fetcher with its own easy handle.
    public init() {
        _ = Self.globalInit
        handle = curl_easy_init()
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        if let handle { curl_easy_cleanup(handle) }
        errorBuffer.deallocate()
    }

    /// Fetches `request.url` on a dedicated thread; see ``Fetcher/fetch(_:)``.
    public func fetch(_ request: FetchRequest) async -> FetchResult {
        await withCheckedContinuation { continuation in
            let thread = Thread { [self] in
                continuation.resume(returning: self.fetchBlocking(request))
            }
            thread.start()
        }
    }

    /// Fetches `request.url` on the calling thread, blocking it until done.
    public func fetchBlocking(_ request: FetchRequest) -> FetchResult {
        lock.lock()
        defer { lock.unlock() }
        let startedAt = Date()
        var result = FetchResult(requestedURL: request.url, startedAt: startedAt)
        guard let handle else {
            result.failure = FetchFailure(.network, "curl_easy_init failed")
            return result
        }
        let clock = ContinuousClock()
        let start = clock.now
        var url = request.url
        var visited: Set<String> = []
        while true {
            guard let scheme = Self.scheme(of: url), scheme == "http" || scheme == "https" else {
                result.failure = FetchFailure(.badScheme, "only http and https are fetched: \(url)")
                return result
            }
            let elapsed = clock.now - start
            let remaining =
                request.limits.totalTimeout - Double(elapsed.components.seconds)
                - Double(elapsed.components.attoseconds) / 1e18
            guard remaining > 0 else {
                result.failure = FetchFailure(.timeout, "total timeout of \(request.limits.totalTimeout) s reached")
                return result
            }
            visited.insert(url)
            let transfer = Transfer(
                maxBytes: request.limits.maxBytes,
                allowPrivateNetwork: request.limits.allowPrivateNetwork
            )
            transfer.allowedAddresses = request.limits.allowedAddresses
            let code = perform(handle, url: url, request: request, remaining: remaining, transfer: transfer)
            addTimings(handle, to: &result.timings)
            if code != CURLE_OK {
                result.failure = classify(code, url: url, transfer: transfer, limits: request.limits)
                return result
            }
            var status = 0
            var responseCode = 0
            if ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &responseCode) == CURLE_OK { status = responseCode }
            let hop = FetchHop(
                url: url,
                status: status,
                requestHead: transfer.requestHead,
                statusLine: transfer.statusLine,
                responseHeaders: transfer.headers,
                remoteIP: stringInfo(handle, CURLINFO_PRIMARY_IP)
            )
            result.hops.append(hop)
            guard (300...399).contains(status), let next = stringInfo(handle, CURLINFO_REDIRECT_URL) else {
                result.body = transfer.body
                return result
            }
            if result.hops.count > request.limits.maxRedirects {
                result.failure = FetchFailure(.redirectLimit, "more than \(request.limits.maxRedirects) redirects")
                return result
            }
            if visited.contains(next) {
                result.failure = FetchFailure(.redirectLimit, "redirect loop back to \(next)")
                return result
            }
            url = next
        }
    }

    private func perform(
        _ handle: UnsafeMutableRawPointer,
        url: String,
        request: FetchRequest,
        remaining: Double,
        transfer: Transfer
    ) -> CURLcode {
        curl_easy_reset(handle)
        errorBuffer[0] = 0
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        let limits = request.limits
        var setup = [CURLcode]()
        setup.append(ccurl_setopt_string(handle, CURLOPT_URL, url))
        setup.append(ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        setup.append(ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        setup.append(ccurl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))
        setup.append(ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0))
        setup.append(ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        setup.append(ccurl_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1)))
        setup.append(ccurl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""))
        setup.append(ccurl_setopt_string(handle, CURLOPT_USERAGENT, request.userAgent))
        setup.append(ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(limits.connectTimeout)))
        setup.append(ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(remaining)))
        setup.append(ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, limits.lowSpeedBytesPerSecond))
        setup.append(ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, limits.lowSpeedSeconds))
        setup.append(ccurl_setopt_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxBytes)))
        setup.append(ccurl_setopt_write_function(handle, CURLOPT_WRITEFUNCTION, curlWriteBody))
        setup.append(ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context))
        setup.append(ccurl_setopt_write_function(handle, CURLOPT_HEADERFUNCTION, curlWriteHeader))
        setup.append(ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context))
        setup.append(ccurl_setopt_debug_function(handle, curlDebug))
        setup.append(ccurl_setopt_pointer(handle, CURLOPT_DEBUGDATA, context))
        setup.append(ccurl_setopt_long(handle, CURLOPT_VERBOSE, 1))
        setup.append(ccurl_setopt_opensocket_function(handle, curlOpenSocket))
        setup.append(ccurl_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, context))
        var resolve: UnsafeMutablePointer<curl_slist>?
        for entry in limits.resolve { resolve = curl_slist_append(resolve, entry) }
        defer { curl_slist_free_all(resolve) }
        if let resolve { setup.append(ccurl_setopt_slist(handle, CURLOPT_RESOLVE, resolve)) }
        if let failed = setup.first(where: { $0 != CURLE_OK }) { return failed }
        return withExtendedLifetime(transfer) { curl_easy_perform(handle) }
    }

    private func classify(_ code: CURLcode, url: String, transfer: Transfer, limits: FetchLimits) -> FetchFailure {
        let message = String(cString: errorBuffer)
        let detail = message.isEmpty ? String(cString: curl_easy_strerror(code)) : message
        if let blocked = transfer.blocked {
            return FetchFailure(
                .blockedAddress,
                AddressPolicy.refusal(url: url, address: blocked.address, reason: blocked.reason)
            )
        }
        if transfer.tooLarge || code == CURLE_FILESIZE_EXCEEDED {
            return FetchFailure(.tooLarge, "body larger than \(limits.maxBytes) bytes")
        }
        switch code {
        case CURLE_OUT_OF_MEMORY where !transfer.statusLine.isEmpty || !transfer.headers.isEmpty:
            return FetchFailure(.tooLarge, "the response headers are larger than libcurl accepts (\(detail))")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return FetchFailure(.dns, detail)
        case CURLE_COULDNT_CONNECT: return FetchFailure(.refused, detail)
        case CURLE_OPERATION_TIMEDOUT: return FetchFailure(.timeout, detail)
        case CURLE_UNSUPPORTED_PROTOCOL: return FetchFailure(.badScheme, detail)
        case CURLE_URL_MALFORMAT: return FetchFailure(.badURL, detail)
        case CURLE_TOO_MANY_REDIRECTS: return FetchFailure(.redirectLimit, detail)
        case CURLE_BAD_CONTENT_ENCODING: return FetchFailure(.badEncoding, detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_ENGINE_INITFAILED,
            CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_USE_SSL_FAILED:
            return FetchFailure(.tls, detail)
        default: return FetchFailure(.network, detail)
        }
    }

    private func addTimings(_ handle: UnsafeMutableRawPointer, to timings: inout FetchTimings) {
        func seconds(_ info: CURLINFO) -> Double {
            var value: curl_off_t = 0
            return ccurl_getinfo_offset(handle, info, &value) == CURLE_OK ? Double(value) / 1e6 : 0
        }
        timings.dns += seconds(CURLINFO_NAMELOOKUP_TIME_T)
        timings.connect += seconds(CURLINFO_CONNECT_TIME_T)
        timings.tls += seconds(CURLINFO_APPCONNECT_TIME_T)
        timings.firstByte += seconds(CURLINFO_STARTTRANSFER_TIME_T)
        timings.total += seconds(CURLINFO_TOTAL_TIME_T)
    }

    private func stringInfo(_ handle: UnsafeMutableRawPointer, _ info: CURLINFO) -> String? {
        var pointer: UnsafeMutablePointer<CChar>?
        guard ccurl_getinfo_string(handle, info, &pointer) == CURLE_OK, let pointer else { return nil }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }

    private static func milliseconds(_ seconds: Double) -> Int {
        max(1, Int((seconds * 1000).rounded(.up)))
    }

    /// The lower-cased scheme of `url`, nil when it has none.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." })
        else { return nil }
        return scheme.lowercased()
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

/// libcurl open-socket callback: refuses an address the ``AddressPolicy`` does not allow, at every connection
/// (every redirect hop and every address a name resolves to), then opens the socket as curl would.
let curlOpenSocket: ccurl_opensocket_callback = { clientp, _, address in
    guard let clientp, let address else { return CURL_SOCKET_BAD }
    let transfer = Unmanaged<Transfer>.fromOpaque(clientp).takeUnretainedValue()
    var bytes = [UInt8](repeating: 0, count: 16)
    let count = Int(ccurl_sockaddr_bytes(address, &bytes))
    guard transfer.mayConnect(to: Array(bytes.prefix(count))) else { return CURL_SOCKET_BAD }
    return ccurl_open_socket(address)
}
