import Foundation

/// Runs the built `claimdesk` binary in a scratch workspace, as a user would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A fresh folder for one test's workspace.
    let directory: URL
    var environment: [String: String]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["CLAIMDESK_DB"] = nil
        environment["CLAIMDESK_REVIEWER"] = "cli-test"
        environment["CLAIMDESK_NOW"] = "2026-03-10T09:00:00Z"
        // The tests' web servers are on loopback; the private-network tests unset this.
        environment["CLAIMDESK_ALLOW_PRIVATE_NETWORK"] = "1"
        self.environment = environment
    }

    /// The `claimdesk` executable next to the test bundle.
    static var binary: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // On Linux the test runner is `<products>/ClaimDeskPackageTests.xctest`; on macOS it is inside a bundle.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("claimdesk").path),
            folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("claimdesk")
    }

    /// Path of a file inside the workspace folder.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes a file into the workspace folder.
    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(name))
    }

    /// Runs `claimdesk ARGS` in the workspace folder.
    ///
    /// Standard input is written and both output pipes are drained on their own dispatch threads while the
    /// process runs, and the exit is awaited through the termination handler: no pipe can fill up and stall the
    /// child, and no thread of Swift's cooperative pool blocks while it runs.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil) async throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        let exited = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { finished in
            exited.continuation.yield(finished.terminationStatus)
            exited.continuation.finish()
        }
        try process.run()
        async let outData = Self.drain(out.fileHandleForReading)
        async let errData = Self.drain(err.fileHandleForReading)
        let stdinData = Data((stdin ?? "").utf8)
        let writer = input.fileHandleForWriting
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                if !stdinData.isEmpty { writer.write(stdinData) }
                try? writer.close()
                done.resume()
            }
        }
        var status: Int32 = -1
        for await code in exited.stream { status = code }
        return Result(
            status: status,
            stdout: String(decoding: await outData, as: UTF8.self),
            stderr: String(decoding: await errData, as: UTF8.self)
        )
    }

    /// Reads a pipe to its end on a dispatch thread.
    private static func drain(_ handle: FileHandle) async -> Data {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: handle.readDataToEndOfFile()) }
        }
    }

    /// Runs and decodes standard output as JSON.
    func json(_ arguments: [String]) async throws -> Any {
        let result = try await run(arguments)
        guard result.status == 0 else { throw CLIError(message: "\(arguments) failed: \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    struct CLIError: Error { var message: String }

    /// The worked example article, found from the repository checkout.
    static var exampleArticle: String {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Examples/2026-03-09-openai-pentagon.fr.txt")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return "Examples/2026-03-09-openai-pentagon.fr.txt"
    }
}
