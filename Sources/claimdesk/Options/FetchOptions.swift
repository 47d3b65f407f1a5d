import ArgumentParser
import ClaimDeskService
import Foundation

/// The private-network switch of every command that adds or fetches a URL.
struct NetworkOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Allow fetching from loopback, private and link-local addresses (a newsroom intranet).",
            discussion: "Off by default, so a source or a redirect cannot reach inside the network; "
                + "CLAIMDESK_ALLOW_PRIVATE_NETWORK=1 turns it on for a whole session."
        )
    )
    var allowPrivateNetwork = false

    /// Whether the flag or the environment allows private addresses.
    var allowed: Bool {
        allowPrivateNetwork || FetchSettings.allowsPrivateNetwork(environment: ProcessInfo.processInfo.environment)
    }
}

/// The limits of commands that fetch URLs.
struct FetchOptions: ParsableArguments {
    @Option(help: "How many fetches run at once.")
    var concurrency = 16

    @Option(help: ArgumentHelp("Seconds allowed per URL, redirects included.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("Largest body accepted, in bytes (decoded).", valueName: "bytes"))
    var maxBytes = 20 * 1024 * 1024

    @OptionGroup var network: NetworkOptions

    func validate() throws {
        guard (1...256).contains(concurrency) else { throw ValidationError("--concurrency takes 1 to 256") }
        guard timeout > 0 else { throw ValidationError("--timeout takes a positive number of seconds") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes takes a positive number of bytes") }
    }

    /// The settings these options describe.
    var settings: FetchSettings {
        FetchSettings(
            concurrency: concurrency,
            timeout: timeout,
            maxBytes: maxBytes,
            allowPrivateNetwork: network.allowed
        )
    }
}
