import Synchronization

/// Rendered page bodies by what they show and the history head they were read at (the document view, the claim
/// panel).
///
/// Every change a page can show (a status, a source, a capture, a restated or added claim, a merge, an ingest that
/// links claims) appends to the history, by this server or another process, so a body rendered at head N is the
/// body of any later request that reads head N. The head is read before the page's own reads
/// (``SessionMiddleware``), so a body is never stored under a head older than what it shows… only ever under one
/// at most as new, which the next change moves past. What differs per reader (the CSRF field, the page around the
/// body) is written for each request.
final class RenderCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[Key: Value]>([:])
    private let capacity: Int

    /// - Parameter capacity: how many bodies are kept (when full, the cache starts again empty).
    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The value stored for `key`, or the one `render` gives, then stored; with no key (no head was read),
    /// always `render`'s.
    func value(for key: Key?, render: () async throws -> Value) async rethrows -> Value {
        guard let key else { return try await render() }
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let value = try await render()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }
}
