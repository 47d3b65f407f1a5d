import ClaimDeskModel
import ClaimDeskText
/// The signature line of an embedded post: "— Caitlin Kalinowski (@kalinowski007) March 7, 2026".
///
/// It gives the paragraph's speaker and date, and is not a claim itself.
struct Signature: Sendable {
    var sentence: Range<Int>
    var nameRange: Range<Int>
    var name: String
    var date: DateValue

    static func find(_ s: [Unicode.Scalar], _ sentence: Range<Int>?, parser: ValueParser) -> Signature? {
        guard let sentence, sentence.count < 120, s[sentence.lowerBound].isDash || s[sentence.lowerBound] == "-"
        else { return nil }
        let t = Tokenizer.tokens(s, sentence)
        guard t.count > 2, let run = NameRun.forward(s, t, from: 1) else { return nil }
        guard let date = parser.parse(s, t).dates.last else { return nil }
        let nameRange = t[run.lowerBound].start..<t[run.upperBound].end
        return Signature(
            sentence: sentence,
            nameRange: nameRange,
            name: NameRun.text(s, t, run),
            date: date
        )
    }
}
