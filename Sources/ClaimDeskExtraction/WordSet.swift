import ClaimDeskModel
import ClaimDeskText

/// A set of word hashes (``WordHash``) whose look-up is one probe of a flat table: the hashes are already well
/// mixed, so the SipHash a `Set<UInt64>` computes on every look-up is not needed on the hot path.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The hashes, for iteration and set algebra.
    let hashes: Set<UInt64>
    private let slots: [UInt64]
    private let mask: Int
    private let holdsZero: Bool

    init(_ hashes: some Sequence<UInt64>) {
        let set = Set(hashes)
        self.hashes = set
        var size = 8
        while size < set.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for key in set where key != 0 {
            var i = Self.start(key, size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = key
        }
        self.slots = slots
        mask = size - 1
        holdsZero = set.contains(0)
    }

    init(arrayLiteral elements: UInt64...) {
        self.init(elements)
    }

    @inline(__always) private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    /// Whether the set holds `key`.
    @inline(__always) func contains(_ key: UInt64) -> Bool {
        if key == 0 { return holdsZero }
        var i = Self.start(key, mask)
        while true {
            let k = slots[i]
            if k == key { return true }
            if k == 0 { return false }
            i = (i + 1) & mask
        }
    }

    var count: Int { hashes.count }
    var isEmpty: Bool { hashes.isEmpty }

    func makeIterator() -> Set<UInt64>.Iterator { hashes.makeIterator() }

    /// The hashes of both sets.
    func union(_ other: WordSet) -> WordSet { WordSet(hashes.union(other.hashes)) }

    /// The hashes of this set and of `other`.
    func union(_ other: some Sequence<UInt64>) -> WordSet { WordSet(hashes.union(other)) }

    /// The hashes of this set that `other` does not hold.
    func subtracting(_ other: WordSet) -> WordSet { WordSet(hashes.subtracting(other.hashes)) }
}
