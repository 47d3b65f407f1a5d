public import Foundation

/// Times as ClaimDesk records them: ISO 8601 UTC to the second (`2026-03-09T10:00:00Z`).
public enum Timestamp {
    /// Formats `date`.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The current time, or `CLAIMDESK_NOW` from `environment` when set (for reproducible demos and tests).
    public static func now(environment: [String: String]) -> String {
        if let fixed = environment["CLAIMDESK_NOW"], !fixed.isEmpty { return fixed }
        return format(Date())
    }
}
