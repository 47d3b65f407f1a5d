import ClaimDeskFetch
import ClaimDeskModel
import ClaimDeskText

/// libFuzzer entry: bytes as a fetched HTML page (charset sniffing, tokenizer, tree, main-content scoring,
/// metadata and JSON-LD). The text must never hold a NUL, which the database would cut a string at.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: start, count: count))
    let article = HTMLText.extractArticle(html: bytes)
    for text in [article.text(wholePage: true), article.text(wholePage: false), article.page.metadata.title] {
        if let text { precondition(!text.unicodeScalars.contains("\0"), "a NUL in extracted text") }
    }
    _ = HTMLText.pageText(body: bytes, contentType: "text/plain", charset: nil)
    return 0
}
