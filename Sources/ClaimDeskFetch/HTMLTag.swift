import ClaimDeskModel
import ClaimDeskText

/// A start or end tag: lower-cased name and the attributes ClaimDesk reads (values with character references
/// decoded).
struct HTMLTag {
    var name: String
    var isEnd: Bool
    var isSelfClosing = false
    var attributes = HTMLAttributes()

    init(name: String, isEnd: Bool) {
        self.name = name
        self.isEnd = isEnd
    }

    /// Parses the inside of `<…>` after the `<` or `</`.
    init(source: ArraySlice<Unicode.Scalar>, isEnd: Bool) {
        self.isEnd = isEnd
        var position = source.startIndex
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            !scalar.isWhiteSpace && scalar != "/" && scalar != ">" && scalar != "="
        }
        var tagName = String.UnicodeScalarView()
        while position < source.endIndex, isNameScalar(source[position]) {
            tagName.append(source[position])
            position += 1
        }
        name = Self.lowercased(tagName)
        isSelfClosing = source.last == "/"
        while position < source.endIndex {
            while position < source.endIndex, !isNameScalar(source[position]) { position += 1 }
            var attribute = String.UnicodeScalarView()
            while position < source.endIndex, isNameScalar(source[position]) {
                attribute.append(source[position])
                position += 1
            }
            guard !attribute.isEmpty else { break }
            let key = Self.lowercased(attribute)
            // Values nothing reads (src, srcset, data-…) are skipped, not copied: they are most of a page's tags.
            let kept = Self.read.contains(key) && attributes[key] == nil
            while position < source.endIndex, source[position].isWhiteSpace { position += 1 }
            var value = String.UnicodeScalarView()
            if position < source.endIndex, source[position] == "=" {
                position += 1
                while position < source.endIndex, source[position].isWhiteSpace { position += 1 }
                if position < source.endIndex, source[position] == "\"" || source[position] == "'" {
                    let quote = source[position]
                    position += 1
                    while position < source.endIndex, source[position] != quote {
                        if kept { value.append(source[position]) }
                        position += 1
                    }
                    position += 1
                } else {
                    while position < source.endIndex, !source[position].isWhiteSpace {
                        if kept { value.append(source[position]) }
                        position += 1
                    }
                }
            }
            if kept { attributes[key] = HTMLScanner.decodeEntities(String(value)) }
        }
    }

    /// The attributes ClaimDesk reads (metadata, charset, canonical link, JSON-LD type, content hints, visibility);
    /// the others are not kept.
    static let read: Set<String> = [
        "class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "type", "rel", "href", "name",
        "property", "content", "lang", "charset", "http-equiv",
    ]

    /// ASCII lower case, fast for the ASCII names tags and attributes have; other names are lower-cased in full.
    private static func lowercased(_ scalars: String.UnicodeScalarView) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            guard scalar.isASCII else { return String(scalars).lowercased() }
            view.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar)
        }
        return String(view)
    }
}
