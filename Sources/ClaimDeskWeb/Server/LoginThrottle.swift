/// Limits failed logins, per account name and per address, over a sliding window.
///
/// After `perUser` failures for one name, or `perAddress` failures from one address, within `window` seconds,
/// further attempts are refused (even with the right password) until the oldest failure leaves the window. A
/// successful login clears its name's failures. The clock is a parameter, so tests move time instead of waiting.
package actor LoginThrottle {
    /// How many failures are allowed, and over how long.
    package struct Limits: Sendable {
        /// Failures allowed for one account name.
        package var perUser = 5
        /// Failures allowed from one address (across names).
        package var perAddress = 20
        /// The window, in seconds.
        package var window: Double = 15 * 60

        package init(perUser: Int = 5, perAddress: Int = 20, window: Double = 15 * 60) {
            self.perUser = perUser
            self.perAddress = perAddress
            self.window = window
        }
    }

    private let limits: Limits
    private let now: @Sendable () -> Double
    private var failures: [String: [Double]] = [:]

    /// A throttle with `limits`, reading time (in seconds, any origin) from `now`.
    package init(limits: Limits = Limits(), now: @escaping @Sendable () -> Double = LoginThrottle.uptime) {
        self.limits = limits
        self.now = now
    }

    /// Seconds since an arbitrary point, from the monotonic clock.
    package static let uptime: @Sendable () -> Double = {
        let elapsed = ContinuousClock.now - LoginThrottle.origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
    private static let origin = ContinuousClock.now

    /// Seconds until an attempt for `user` from `address` may be made, or nil when it may be made now.
    package func wait(user: String, address: String?) -> Double? {
        let time = now()
        let waits = [
            wait(Self.key(user: user), limit: limits.perUser, at: time),
            wait(Self.key(address: address), limit: limits.perAddress, at: time),
        ]
        return waits.compactMap { $0 }.max()
    }

    /// Records a failed attempt.
    package func failed(user: String, address: String?) {
        let time = now()
        for key in [Self.key(user: user), Self.key(address: address)] {
            failures[key, default: []].append(time)
        }
    }

    /// Records a successful login: the name's failures are forgotten (the address's stay).
    package func succeeded(user: String) {
        failures[Self.key(user: user)] = nil
    }

    private func wait(_ key: String, limit: Int, at time: Double) -> Double? {
        let recent = (failures[key] ?? []).filter { time - $0 < limits.window }
        failures[key] = recent.isEmpty ? nil : recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return oldest + limits.window - time
    }

    private static func key(user: String) -> String { "user:" + user.lowercased() }
    private static func key(address: String?) -> String { "address:" + (address ?? "unknown") }
}
