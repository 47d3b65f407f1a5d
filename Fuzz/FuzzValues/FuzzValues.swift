import ClaimDeskExtraction
import ClaimDeskModel
import ClaimDeskText

/// libFuzzer entry: the first byte picks the language, the rest is one sentence for the value parser
/// (numbers, scales, units, ranges, dates). Every value must print in the formats the outputs use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: start, count: count))
    guard let first = bytes.first else { return 0 }
    let sentence = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let language: Language = first & 1 == 0 ? .en : .fr
    let (numbers, dates) = ValueReader(language: language, documentDate: "2026-03-09").read(sentence)
    for number in numbers {
        _ = NumberText.plain(number.value)
        _ = NumberText.twoDecimals(number.value)
    }
    for date in dates { precondition(!date.value.isEmpty, "an empty date") }
    return 0
}
