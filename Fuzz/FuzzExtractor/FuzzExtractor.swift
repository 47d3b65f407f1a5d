import ClaimDeskExtraction
import ClaimDeskModel
import ClaimDeskText

/// libFuzzer entry: the first byte picks the language, the rest is a document as `ingest` reads it.
/// Besides crashes, it checks what the store relies on: every occurrence lies inside the text and quotes it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: start, count: count))
    guard let first = bytes.first, let text = try? DocumentDecoder.decode(Array(bytes.dropFirst())) else { return 0 }
    let language: Language = first & 1 == 0 ? .en : .fr
    let scalars = Array(text.unicodeScalars)
    for claim in ClaimExtractor(language: language, documentDate: "2026-03-09").extract(from: text) {
        precondition(!claim.occurrences.isEmpty, "a claim without an occurrence")
        for span in claim.occurrences {
            precondition(span.start >= 0 && span.start <= span.end && span.end <= scalars.count, "span out of range")
            let quoted = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            precondition(quoted == span.exact, "an occurrence's exact text is not the text at its offsets")
        }
        precondition(claim.score.isFinite, "a non-finite score")
        for number in claim.numbers { _ = NumberText.plain(number.value) }
    }
    return 0
}
