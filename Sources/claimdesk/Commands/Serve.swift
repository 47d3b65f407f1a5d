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
                """
        )

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var reviewer: ReviewerOptions

        @Option(help: "The address to listen on (loopback only, unless --team).")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0 picks a free one).")
        var port = 8080

        @Flag(help: "Team mode with accounts and roles (not available yet).")
        var team = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            if team {
                throw ValidationError("team mode (accounts, roles) is not available yet; serve locally without --team")
            }
            guard WebConfiguration.isLoopback(host) else {
                throw ValidationError(
                    "refusing to listen on \(host): local mode has no accounts, so anyone who can reach that address "
                        + "could review as you. Use 127.0.0.1 (the default), or team mode once it exists (--team)."
                )
            }
        }

        func run() async throws {
            let service = try workspace.open(as: reviewer)
            var logger = Logger(label: "claimdesk.web")
            logger.logLevel = workspace.environment["CLAIMDESK_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            let configuration = WebConfiguration(service: service, host: host, port: port, logger: logger)
            do {
                try await WebServer.run(configuration) { port in
                    let message = """
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
