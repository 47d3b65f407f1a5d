public import ClaimDeskModel

/// Writes claims as the same bytes as ``ContractJSON/encode(_:)`` gives through `JSONEncoder` (pretty-printed, keys
/// sorted, slashes unescaped), without building the encoder's tree of boxed values: the output path of
/// `extract --json` and `claims list --json`, where claims are most of the output. `ContractJSONWriterTests` checks
/// the two agree, byte for byte, on real and random claims.
struct ClaimJSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// An array of claims at the top level.
    mutating func write(_ claims: [ClaimJSON]) {
        array(claims, indent: 0) { writer, claim, indent in writer.claim(claim, indent: indent) }
    }

    /// One claim at the top level.
    mutating func write(_ claim: ClaimJSON) {
        self.claim(claim, indent: 0)
    }

    /// One element of a top-level array of claims, as ``write(_:)-([ClaimJSON])`` writes it after the `[` line:
    /// the separator before every element but the first, the indent, the claim.
    mutating func writeElement(_ claim: ClaimJSON, first: Bool) {
        if !first { next() }
        spaces(2)
        self.claim(claim, indent: 2)
    }

    /// The `[` line that opens a top-level array.
    mutating func writeArrayStart() {
        bytes.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "\n")])
    }

    /// What closes a top-level array after its last element (or after the `[` line of an empty one).
    mutating func writeArrayEnd() {
        bytes.append(contentsOf: [UInt8(ascii: "\n"), UInt8(ascii: "]")])
    }

    /// Empties the buffer (what it held was written out), keeping its capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: the claim and its parts, keys in sorted order

    private mutating func claim(_ c: ClaimJSON, indent: Int) {
        open("{")
        let i = indent + 2
        key("dates", i)
        array(c.dates, indent: i) { w, d, n in w.date(d, indent: n) }
        if let document = c.document {
            next()
            key("document", i)
            string(document)
        }
        next()
        key("hedge", i)
        optional(c.hedge)
        next()
        key("hedged", i)
        bool(c.hedged)
        if let id = c.id {
            next()
            key("id", i)
            string(id)
        }
        next()
        key("linked", i)
        array(c.linked, indent: i) { w, l, n in w.link(l, indent: n) }
        next()
        key("method", i)
        string(c.method)
        next()
        key("numbers", i)
        array(c.numbers, indent: i) { w, v, n in w.number(v, indent: n) }
        next()
        key("occurrences", i)
        array(c.occurrences, indent: i) { w, o, n in w.occurrence(o, indent: n) }
        next()
        key("original_text", i)
        string(c.originalText)
        next()
        key("score", i)
        double(c.score)
        next()
        key("signals", i)
        array(c.signals, indent: i) { w, s, n in w.signal(s, indent: n) }
        next()
        key("sources", i)
        int(c.sources)
        if let speaker = c.speaker {
            next()
            key("speaker", i)
            string(speaker)
        }
        next()
        key("speaker_kind", i)
        optional(c.speakerKind?.rawValue)
        next()
        key("status", i)
        string(c.status.rawValue)
        next()
        key("text", i)
        string(c.text)
        next()
        key("type", i)
        string(c.type.rawValue)
        close("}", indent)
    }

    private mutating func date(_ d: DateValue, indent: Int) {
        open("{")
        key("text", indent + 2)
        string(d.text)
        next()
        key("value", indent + 2)
        string(d.value)
        close("}", indent)
    }

    private mutating func link(_ l: ClaimJSON.LinkJSON, indent: Int) {
        open("{")
        key("claim", indent + 2)
        string(l.claim)
        next()
        key("reason", indent + 2)
        string(l.reason)
        next()
        key("score", indent + 2)
        double(l.score)
        close("}", indent)
    }

    private mutating func number(_ v: NumberValue, indent: Int) {
        open("{")
        let i = indent + 2
        if let range = v.range {
            key("range", i)
            open("{")
            key("from", i + 2)
            double(range.from)
            next()
            key("to", i + 2)
            double(range.to)
            close("}", i)
            next()
        }
        if let sign = v.sign {
            key("sign", i)
            string(sign)
            next()
        }
        key("text", i)
        string(v.text)
        if let unit = v.unit {
            next()
            key("unit", i)
            string(unit)
        }
        next()
        key("value", i)
        double(v.value)
        close("}", indent)
    }

    private mutating func occurrence(_ o: ClaimJSON.OccurrenceJSON, indent: Int) {
        open("{")
        let i = indent + 2
        if let document = o.document {
            key("document", i)
            string(document)
            next()
        }
        key("end", i)
        int(o.end)
        next()
        key("exact", i)
        string(o.exact)
        next()
        key("prefix", i)
        string(o.prefix)
        next()
        key("start", i)
        int(o.start)
        next()
        key("suffix", i)
        string(o.suffix)
        close("}", indent)
    }

    private mutating func signal(_ s: Signal, indent: Int) {
        open("{")
        key("name", indent + 2)
        string(s.name)
        next()
        key("weight", indent + 2)
        double(s.weight)
        close("}", indent)
    }

    // MARK: JSONEncoder's pretty printing

    /// `[`, the elements one per line, `]`; an empty array is `[`, an empty line, `]`.
    private mutating func array<T>(_ items: [T], indent: Int, _ element: (inout ClaimJSONWriter, T, Int) -> Void) {
        bytes.append(UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "\n"))
        if items.isEmpty {
            bytes.append(UInt8(ascii: "\n"))
        } else {
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                spaces(indent + 2)
                element(&self, item, indent + 2)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        spaces(indent)
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func open(_ brace: Unicode.Scalar) {
        bytes.append(UInt8(ascii: brace))
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func close(_ brace: Unicode.Scalar, _ indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        spaces(indent)
        bytes.append(UInt8(ascii: brace))
    }

    private mutating func next() {
        bytes.append(UInt8(ascii: ","))
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func key(_ name: StaticString, _ indent: Int) {
        spaces(indent)
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    private mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    private mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    private mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// As JSONEncoder writes a `Double`: its shortest description, without a trailing `.0`.
    private mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func optional(_ value: String?) {
        if let value { string(value) } else { bytes.append(contentsOf: Array("null".utf8)) }
    }

    /// A string as `JSONEncoder` writes it (slashes unescaped, `\b` and `\f` in their short forms).
    private mutating func string(_ value: String) {
        ValueJSON.quote(value, into: &bytes, shortFormFeeds: true)
    }
}
