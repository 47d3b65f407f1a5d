import Foundation

/// Runs many fetches with bounded concurrency: `concurrency` workers, each with its own fetcher.
public enum FetchPool {
    /// Fetches every request, at most `concurrency` at a time, and returns the results in request order.
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
        guard !requests.isEmpty else { return [] }
        let cursor = Cursor(total: requests.count)
        let workers = max(1, min(concurrency, requests.count))
        var results = [FetchResult?](repeating: nil, count: requests.count)
        await withTaskGroup(of: [(Int, FetchResult)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    let fetcher = makeFetcher()
                    var done: [(Int, FetchResult)] = []
                    while let index = await cursor.next() {
                        done.append((index, await fetcher.fetch(requests[index])))
                        let finished = await cursor.finish()
                        progress?(finished, requests.count)
                    }
                    return done
                }
            }
            for await batch in group {
                for (index, result) in batch { results[index] = result }
            }
        }
        return zip(requests, results).map { request, result in
            result
                ?? FetchResult(requestedURL: request.url, startedAt: .now, failure: FetchFailure(.network, "not run"))
        }
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
