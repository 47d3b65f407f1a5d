import Foundation
import Hummingbird

/// Why the server could not run, worded for the command line.
public struct WebServerError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do.
    public var description: String
}

/// Runs the workbench until SIGINT or SIGTERM (in-flight requests finish first).
public enum WebServer {
    /// Binds `configuration.host:port`, calls `onRunning` with the bound port, and serves until a signal.
    ///
    /// - Throws: ``WebServerError`` when the port is taken or the address cannot be bound.
    public static func run(
        _ configuration: WebConfiguration,
        onRunning: @escaping @Sendable (_ port: Int) async -> Void
    ) async throws {
        let app = buildApplication(configuration: configuration, onServerRunning: onRunning)
        do {
            try await app.runService()
        } catch {
            throw bindError(error, host: configuration.host, port: configuration.port) ?? error
        }
    }

    /// The message for a failure to bind, or nil when `error` is something else.
    static func bindError(_ error: any Error, host: String, port: Int) -> WebServerError? {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("errno: \(EADDRINUSE)") {
            return WebServerError(
                description: "port \(port) on \(host) is already in use (another claimdesk serve?): "
                    + "stop that server or pick another port with --port"
            )
        }
        if text.contains("bind(") || text.contains("Cannot assign requested address") {
            return WebServerError(description: "cannot listen on \(host):\(port): \(text)")
        }
        return nil
    }
}
