import Synchronization

/// Rendered page bodies by what they show and the history head they were read at (the document view, the claim
/// panel).
///
/// Every change a page can show (a status, a source, a capture, a restated or added claim, a merge, an ingest that
/// links claims) appends to the history, by this server or another process, so a body rendered at head N is the
/// body of any later request that reads head N. The head is read before the page's own reads
/// (``SessionMiddleware``), so a body is never stored under a head newer than the state it shows. What differs
/// per reader (the CSRF field, the page around the body) is written for each request.
///
/// When a change moves the head, the readers that ask for the same page at once wait for one rendering instead of
/// each making its own.
final class RenderCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[Key: Task<Value, any Error>]>([:])
    private let capacity: Int

    /// - Parameter capacity: how many bodies are kept (when full, the cache starts again empty).
    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The value stored (or being rendered) for `key`, else the one `render` gives, then stored; with no key (no
    /// head was read), always `render`'s. A rendering that fails is not kept.
    func value(for key: Key?, render: @escaping @Sendable () async throws -> Value) async throws -> Value {
        guard let key else { return try await render() }
        let task = entries.withLock { entries -> Task<Value, any Error> in
            if let running = entries[key] { return running }
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            let task = Task { try await render() }
            entries[key] = task
            return task
        }
        do {
            return try await task.value
        } catch {
            entries.withLock { entries in
                if entries[key] == task { entries[key] = nil }
            }
            throw error
        }
    }
}

/// A list page's key: its path and query as requested, and the history head.
struct PageKey: Hashable, Sendable {
    var uri: String
    var head: Int

    /// The key of `uri` at `head`, none without a head.
    static func of(_ uri: String, head: Int?) -> PageKey? {
        head.map { PageKey(uri: uri, head: $0) }
    }
}
