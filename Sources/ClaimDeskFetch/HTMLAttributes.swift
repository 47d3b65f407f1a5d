import ClaimDeskModel
import ClaimDeskText
/// A tag's attributes: the few name–value pairs ClaimDesk reads, found by a linear scan (for so few, cheaper than
/// the hashing of a dictionary, and a page has tens of thousands of tags).
struct HTMLAttributes {
    private var pairs: [(name: String, value: String)] = []

    /// The value of the attribute `name` (lower-case), nil when the tag has none.
    subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }
}
