/// Writes a JSON array of claims a page at a time, as the same bytes as ``ContractJSON/encode(_:)`` gives for the
/// whole array, so a listing of every claim streams out instead of being built in memory first.
///
/// Call ``write(_:)`` with each page in order, then ``finish()``; `output` gets the bytes as they are ready.
public struct ClaimJSONStream {
    private var writer = ClaimJSONWriter(capacity: 1 << 20)
    private var count = 0
    private let output: ([UInt8]) throws -> Void

    /// A stream that hands its bytes to `output` (which may throw, say when standard output is closed).
    public init(output: @escaping ([UInt8]) throws -> Void) {
        self.output = output
    }

    /// How many claims were written.
    public var written: Int { count }

    /// Writes `claims` (the array's next elements) and hands them to the output.
    public mutating func write(_ claims: [ClaimJSON]) throws {
        if count == 0 { writer.writeArrayStart() }
        for claim in claims {
            writer.writeElement(claim, first: count == 0)
            count += 1
        }
        try flush()
    }

    /// Closes the array (`[`, an empty line, `]` when no claim was written, as `JSONEncoder` does).
    public mutating func finish() throws {
        if count == 0 { writer.writeArrayStart() }
        writer.writeArrayEnd()
        try flush()
    }

    private mutating func flush() throws {
        guard !writer.bytes.isEmpty else { return }
        try output(writer.bytes)
        writer.removeAll()
    }
}
