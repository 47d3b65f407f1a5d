import ClaimDeskModel
import ClaimDeskText
import ClaimDeskExtraction
import ClaimDeskStore
import ClaimDeskFetch
import ClaimDeskReport
import Foundation

/// Who is acting: `--reviewer`, else `CLAIMDESK_REVIEWER`, else git's `user.name`, else the OS user.
public enum ReviewerIdentity {
    /// Resolves the reviewer's name.
    ///
    /// - Parameters:
    ///   - option: the `--reviewer` value, if given.
    ///   - environment: the process environment.
    public static func resolve(option: String?, environment: [String: String]) -> String {
        if let option = clean(option) { return option }
        if let variable = clean(environment["CLAIMDESK_REVIEWER"]) { return variable }
        if let gitName = clean(gitUserName()) { return gitName }
        return clean(environment["USER"]) ?? clean(environment["LOGNAME"]) ?? "unknown"
    }

    private static func clean(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static func gitUserName() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
