import ClaimDeskModel
import ClaimDeskText
/// Blends each sentence's check-worthiness log-odds with its neighbours', in document order.
///
/// Check-worthy sentences come in runs (a claim, then its restatement or its figures), so a sentence whose
/// neighbours score high is more likely check-worthy. The blended log-odds are
/// `(1 − weight) · z + weight · mean(z of the sentences up to `window` before and after)`; a sentence with no
/// neighbours keeps its own. Items stream through: each comes out as soon as its following neighbours are known.
struct CheckworthinessContext<Item> {
    /// The share of the log-odds taken from the neighbours.
    let weight: Double
    /// Neighbours on each side.
    let window: Int
    /// Log-odds of the sentences still needed, oldest first; `items` runs in parallel.
    private var logOdds: [Double] = []
    private var items: [Item?] = []
    /// Index in `logOdds` of the next sentence to come out.
    private var next = 0

    /// Creates a smoother.
    init(weight: Double, window: Int) {
        self.weight = weight
        self.window = max(0, window)
    }

    /// Blends a whole sequence at once.
    static func blend(_ z: [Double], weight: Double, window: Int) -> [Double] {
        var context = CheckworthinessContext<Int>(weight: weight, window: window)
        var out = z
        for (i, value) in z.enumerated() {
            context.push(value, i)
            while let (index, blended) = context.pop() { out[index] = blended }
        }
        while let (index, blended) = context.pop(ended: true) { out[index] = blended }
        return out
    }

    /// Adds the next sentence (`item` is nil for a sentence that is not a claim but still counts as a
    /// neighbour). Take the items it completes with ``pop(ended:)``.
    mutating func push(_ z: Double, _ item: Item?) {
        logOdds.append(z)
        items.append(item)
    }

    /// The next item whose blended log-odds are known, in order; once the text has `ended`, every item left.
    mutating func pop(ended: Bool = false) -> (Item, Double)? {
        defer { trim() }
        while next < logOdds.count, ended || next + window < logOdds.count {
            let i = next
            next += 1
            guard let item = items[i] else { continue }
            items[i] = nil
            return (item, blended(i))
        }
        return nil
    }

    private func blended(_ i: Int) -> Double {
        var sum = 0.0
        var count = 0
        for j in max(0, i - window)...min(logOdds.count - 1, i + window) where j != i {
            sum += logOdds[j]
            count += 1
        }
        let z = logOdds[i]
        return count == 0 || weight == 0 ? z : (1 - weight) * z + weight * sum / Double(count)
    }

    /// Drops the sentences no later sentence needs.
    private mutating func trim() {
        let drop = next - window
        guard drop > 64 else { return }
        logOdds.removeFirst(drop)
        items.removeFirst(drop)
        next -= drop
    }
}
