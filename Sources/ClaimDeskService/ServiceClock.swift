import ClaimDeskText
import Foundation

/// Where the service's times come from: the system clock, or one fixed time (`CLAIMDESK_NOW`) so that a run is
/// reproducible byte for byte.
public enum ServiceClock: Sendable, Hashable {
    /// The system clock.
    case system
    /// Always this ISO 8601 time; fetch times are stamped with it too.
    case fixed(String)

    /// The clock `CLAIMDESK_NOW` names in `environment`, else the system clock.
    public static func from(environment: [String: String]) -> ServiceClock {
        if let fixed = environment["CLAIMDESK_NOW"], !fixed.isEmpty { return .fixed(fixed) }
        return .system
    }

    /// The current time, ISO 8601 UTC.
    public func now() -> String {
        switch self {
        case .system: Timestamp.format(Date())
        case .fixed(let time): time
        }
    }

    /// The fixed time, when the clock is fixed.
    public var fixedTime: String? {
        if case .fixed(let time) = self { return time }
        return nil
    }
}
