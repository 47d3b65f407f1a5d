package import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ISO 8601 UTC times to the second, formatted without ICU: a fetch of hundreds of URLs formats one time per
/// capture and WARC record, and a date formatter per call costs more than the fetch bookkeeping itself.
package enum UTCTime {
    /// `2026-03-09T10:00:00Z`, the form ``Timestamp/format(_:)`` produces.
    package static func iso8601(_ date: Date) -> String {
        let parts = components(date)
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
            + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))Z"
    }

    /// `20260309T100000Z`, for file names.
    package static func compact(_ date: Date) -> String {
        iso8601(date).filter { $0 != "-" && $0 != ":" }
    }

    private static func components(
        _ date: Date
    ) -> (
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    ) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var broken = tm()
        gmtime_r(&seconds, &broken)
        return (
            Int(broken.tm_year) + 1900, Int(broken.tm_mon) + 1, Int(broken.tm_mday), Int(broken.tm_hour),
            Int(broken.tm_min), Int(broken.tm_sec)
        )
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
