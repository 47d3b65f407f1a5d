import ClaimDeskText
/// Anchors a quote a reviewer copied from a document to the one place it occurs (a W3C TextQuote selector).
///
/// A pure rule: the store runs it on the stored text before it writes, the web UI runs it on a selection.
/// A quote that occurs nowhere or more than once is refused, never guessed.
public enum QuoteAnchor {
    /// Why a quote cannot be anchored.
    public enum Failure: Error, Sendable, Hashable {
        /// The quote is empty once normalised.
        case empty
        /// The quote does not occur in the text.
        case absent
        /// The quote occurs more than once, at these start offsets (code points).
        case ambiguous(starts: [Int], length: Int)
    }

    /// The span of `quote` in `text`.
    ///
    /// - Parameters:
    ///   - quote: the quote, already normalised as stored texts are (NFC, LF) and trimmed.
    ///   - text: the document's stored text.
    /// - Returns: the one span where the quote occurs, with its prefix and suffix.
    /// - Throws: ``Failure`` when the quote is empty, absent or ambiguous.
    public static func anchor(_ quote: String, in text: String) throws(Failure) -> TextSpan {
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty else { throw .empty }
        let scalars = Array(text.unicodeScalars)
        let starts = positions(of: needle, in: scalars)
        guard let start = starts.first else { throw .absent }
        guard starts.count == 1 else { throw .ambiguous(starts: starts, length: needle.count) }
        return TextSpan(in: scalars, start: start, end: start + needle.count)
    }

    /// Start offsets of every occurrence of `needle` in `haystack`.
    public static func positions(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        let first = needle[0]
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                found.append(index)
            }
            index += 1
        }
        return found
    }
}
