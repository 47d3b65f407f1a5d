import ArgumentParser
import ClaimDeskModel
import ClaimDeskService
import ClaimDeskWeb
import Foundation
import Logging

extension ClaimDesk {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review in the browser: serve the workbench over this workspace.",
            discussion: """
                Local mode binds a loopback address only and prints a URL with a one-time token; opening it \
                starts your session. Every event records the reviewer identity (--reviewer). The CLI can keep \
                writing to the same workspace meanwhile. Stop with Ctrl-C (requests in flight finish first).

                Team mode (--team) asks every reader to log in with an account (`claimdesk users add`); every \
                event records the logged-in user, roles apply, and any address may be bound (put a TLS proxy \
                in front: cookies are marked Secure when it sends X-Forwarded-Proto: https).
                """
        )

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions

        @Option(help: "The address to listen on (loopback only, unless --team).")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0 picks a free one).")
        var port = 8080

        @OptionGroup var fetch: FetchOptions

        @Flag(help: "Team mode: accounts (`claimdesk users add`) and roles; may listen on any address.")
        var team = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            guard team || WebConfiguration.isLoopback(host) else {
                throw ValidationError(
                    "refusing to listen on \(host): local mode has no accounts, so anyone who can reach that address "
                        + "could review as you. Use 127.0.0.1 (the default), or team mode with accounts (--team)."
                )
            }
        }

        func run() async throws {
            let service = try workspace.open(as: reviewer)
            if team, try await !service.users().contains(where: { !$0.disabled }) {
                throw ClaimDeskError(
                    .refused,
                    "team mode needs an account to log in with: add one with "
                        + "`claimdesk users add NAME --role admin`, then serve again"
                )
            }
            var logger = Logger(label: "claimdesk.web")
            logger.logLevel = workspace.environment["CLAIMDESK_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            var built = WebConfiguration(service: service, host: host, port: port, team: team, logger: logger)
            built.fetchSettings = fetch.settings
            let configuration = built
            do {
                try await WebServer.run(configuration) { port in
                    let message =
                        team
                        ? """
                        ClaimDesk is serving \(service.workspace.databasePath) in team mode.
                        Log in at \(configuration.loginURL(port: port))
                        Press Ctrl-C to stop.

                        """
                        : """
                        ClaimDesk is serving \(service.workspace.databasePath) as \(service.actor).
                        Open this address (its token works once): \(configuration.loginURL(port: port))
                        Press Ctrl-C to stop.

                        """
                    FileHandle.standardOutput.write(Data(message.utf8))
                }
            } catch let error as WebServerError {
                throw ClaimDeskError(.badInput, error.description)
            }
        }
    }
}
