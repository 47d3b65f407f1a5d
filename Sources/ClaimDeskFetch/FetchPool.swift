import ClaimDeskModel
import ClaimDeskText
import Foundation

/// Runs many fetches with bounded concurrency: `concurrency` workers, each with its own fetcher.
///
/// ``map(_:concurrency:makeFetcher:progress:transform:)`` hands each result to `transform` on the worker as soon
/// as it arrives, so a caller that reduces a result (archive it, hash it, read its text) holds at most
/// `concurrency` bodies in memory at once, whatever the number of URLs.
public enum FetchPool {
    /// Fetches every request, at most `concurrency` at a time, and returns the results in request order.
    ///
    /// Every body is kept until the end: prefer ``map(_:concurrency:makeFetcher:progress:transform:)`` for many
    /// large pages.
    ///
    /// - Parameters:
    ///   - requests: what to fetch.
    ///   - concurrency: the number of workers (at least 1).
    ///   - makeFetcher: makes one fetcher per worker (a ``CurlFetcher`` each, or a shared fake).
    ///   - progress: called after each fetch with the number done and the total.
    /// - Returns: one result per request, in the order of `requests`.
    public static func fetchAll(
        _ requests: [FetchRequest],
        concurrency: Int,
        makeFetcher: @escaping @Sendable () -> any Fetcher,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async -> [FetchResult] {
        await map(requests, concurrency: concurrency, makeFetcher: makeFetcher, progress: progress) { $1 }
    }

    /// Fetches every request, at most `concurrency` at a time, and transforms each result on its worker.
    ///
    /// - Parameters:
    ///   - requests: what to fetch.
    ///   - concurrency: the number of workers (at least 1).
    ///   - makeFetcher: makes one fetcher per worker.
    ///   - progress: called after each fetch and its transform with the number done and the total.
    ///   - transform: turns the result of `requests[index]` into what the caller keeps; runs concurrently.
    /// - Returns: one transformed value per request, in the order of `requests`.
    public static func map<T: Sendable>(
        _ requests: [FetchRequest],
        concurrency: Int,
        makeFetcher: @escaping @Sendable () -> any Fetcher,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
        transform: @escaping @Sendable (_ index: Int, _ result: FetchResult) -> T
    ) async -> [T] {
        guard !requests.isEmpty else { return [] }
        let cursor = Cursor(total: requests.count)
        let workers = max(1, min(concurrency, requests.count))
        var values = [T?](repeating: nil, count: requests.count)
        await withTaskGroup(of: [(Int, T)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    let fetcher = makeFetcher()
                    var done: [(Int, T)] = []
                    while let index = await cursor.next() {
                        done.append((index, transform(index, await fetcher.fetch(requests[index]))))
                        let finished = await cursor.finish()
                        progress?(finished, requests.count)
                    }
                    return done
                }
            }
            for await batch in group {
                for (index, value) in batch { values[index] = value }
            }
        }
        // Every index was handed out exactly once, so every slot is filled.
        return values.compactMap { $0 }
    }

    /// Hands out request indices to workers and counts finished fetches.
    private actor Cursor {
        let total: Int
        var issued = 0
        var finished = 0

        init(total: Int) {
            self.total = total
        }

        func next() -> Int? {
            guard issued < total else { return nil }
            defer { issued += 1 }
            return issued
        }

        func finish() -> Int {
            finished += 1
            return finished
        }
    }
}
