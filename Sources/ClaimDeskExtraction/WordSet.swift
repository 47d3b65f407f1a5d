import ClaimDeskModel
import ClaimDeskText

/// A set of word hashes (``WordHash``) whose look-up is one probe of a flat table: the hashes are already well
/// mixed, so the SipHash a `Set<UInt64>` computes on every look-up is not needed on the hot path.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The hashes, for iteration and set algebra.
    let hashes: Set<UInt64>
    /// The same hashes in ``HashTable`` (value 1); the table keeps 0 for empty slots, so 0 is held aside.
    private let table: HashTable
    private let holdsZero: Bool

    init(_ hashes: some Sequence<UInt64>) {
        let set = Set(hashes)
        self.hashes = set
        var table = HashTable(capacity: set.count)
        for key in set where key != 0 { table.insert(key, 1) }
        self.table = table
        holdsZero = set.contains(0)
    }

    init(arrayLiteral elements: UInt64...) {
        self.init(elements)
    }

    /// Whether the set holds `key`.
    @inline(__always) func contains(_ key: UInt64) -> Bool {
        key == 0 ? holdsZero : table.get(key) != 0
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
