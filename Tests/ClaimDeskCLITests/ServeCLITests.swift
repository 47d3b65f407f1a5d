import Foundation
import Testing

/// `claimdesk serve` as a user runs it: the address rule, the printed login URL, and a clean stop on SIGINT.
@Suite struct ServeCLITests {
    @Test func aPublicAddressIsRefusedWithTheReason() async throws {
        let cli = try CLIRunner()
        try await cli.run(["init"])
        let result = try await cli.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("refusing to listen on 0.0.0.0: local mode has no accounts"))
        let team = try await cli.run(["serve", "--team", "--port", "0"])
        #expect(team.status != 0)
        #expect(team.stderr.contains("team mode needs an account"), "no account yet: nobody could log in")
    }

    @Test func servePrintsAOneTimeURLAndStopsOnSIGINT() async throws {
        // Given a workspace and a server on a free loopback port
        let cli = try CLIRunner()
        try await cli.run(["init"])
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = cli.directory
        process.environment = cli.environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // When it has printed its address
        let printed = await Self.readUntil("Ctrl-C", from: out.fileHandleForReading)
        let words = printed.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let url = try #require(words.first { $0.contains("/login?token=") }, "printed: \(printed)")
        #expect(url.hasPrefix("http://127.0.0.1:"))
        // Then the token logs in once, and SIGINT stops the server cleanly
        #expect(try await Self.curlStatus(url) == "303")
        #expect(try await Self.curlStatus(url) == "403")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Reads a pipe on a dispatch thread until `marker` appears or the pipe closes.
    static func readUntil(_ marker: String, from handle: FileHandle) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var text = ""
                while !text.contains(marker) {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    text += String(decoding: data, as: UTF8.self)
                }
                continuation.resume(returning: text)
            }
        }
    }

    /// The HTTP status curl gets for `url` (loopback only).
    static func curlStatus(_ url: String) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "10", url]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = await readUntil("\u{0}", from: out.fileHandleForReading)
        process.waitUntilExit()
        return text
    }
}
