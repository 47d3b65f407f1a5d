internal import Foundation
import Synchronization

/// Maps `0..<count` through a pure function on threads of their own, a batch at a time, while the calling thread
/// consumes the results in order: every core works on one text, and what comes out is what a plain loop gives.
///
/// Producer `t` of `k` makes batches `t`, `t + k`, `t + 2k`…, each after the one before it, and may run at most
/// `depth` batches ahead of the consumer, so memory stays bounded however long the input; batches go back to the
/// thread that made them to be freed (freeing them on the consuming thread contends for the producer's malloc
/// arena, which left the pipeline barely faster than a loop).
enum OrderedPipeline {
    /// Calls `consume(produce(i))` for every `i` in order, `produce` running ahead on `producers` other threads.
    static func run<T: Sendable>(
        count: Int,
        batch: Int,
        producers: Int,
        depth: Int = 4,
        produce: @escaping @Sendable (Int) -> T,
        consume: (T) -> Void
    ) {
        guard count > 0 else { return }
        let size = max(1, batch)
        let batches = (count + size - 1) / size
        let lanes = (0..<max(1, min(producers, batches))).map { _ in Lane<T>(depth: max(1, depth)) }
        for (t, lane) in lanes.enumerated() {
            let thread = Thread {
                for b in stride(from: t, to: batches, by: lanes.count) {
                    lane.room.wait()
                    _ = lane.takeSpent()  // freed here, outside the lock
                    let items = (b * size..<min(count, (b + 1) * size)).map(produce)
                    lane.ready.withLock { $0.append(items) }
                    lane.available.signal()
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for b in 0..<batches {
            let lane = lanes[b % lanes.count]
            lane.available.wait()
            let items = lane.ready.withLock { $0.removeFirst() }
            for item in items { consume(item) }
            lane.spent.withLock { $0.append(items) }
            lane.room.signal()
        }
    }
}

/// One producer's batches, passed to the consumer in the order it made them.
private final class Lane<T: Sendable>: Sendable {
    /// Batches made and not yet consumed, oldest first.
    let ready = Mutex<[[T]]>([])
    /// Signalled once per batch made.
    let available = DispatchSemaphore(value: 0)
    /// How many more batches may be made before one is consumed.
    let room: DispatchSemaphore
    /// Batches consumed, for the producer to free.
    let spent = Mutex<[[T]]>([])

    init(depth: Int) {
        room = DispatchSemaphore(value: depth)
    }

    /// The batches consumed so far, taken out under the lock (so the caller frees them after releasing it).
    func takeSpent() -> [[T]] {
        spent.withLock { spent in
            let taken = spent
            spent = []
            return taken
        }
    }
}
