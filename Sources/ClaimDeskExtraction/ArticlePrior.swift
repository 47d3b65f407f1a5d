import ClaimDeskModel
import ClaimDeskText
/// Article-level adjustments to a claim's check-worthiness, added to the trained model's log-odds in `extract`
/// (the CLEF-trained model scores sentences alone; a fact-checker also weighs where a claim stands).
///
/// Each is a named signal with a fixed log-odds weight, so `claims show` explains it: `lede` (one of the first
/// two body sentences), `official_source` (attributed to a named person, an organisation or a document),
/// `headline` (a headline repeats it; see ``ClaimDeduplicator/linkHeadline(_:words:)``) and `scheduling` (a
/// minor practical detail: a clock time, a room, an address), which lowers the score so a misread day or hour
/// no longer lifts it above the main facts.
enum ArticlePrior {
    static let ledeWeight = 0.6
    static let officialWeight = 0.3
    static let headlineWeight = 0.8
    static let schedulingWeight = -1.0

    private static let timeLeads = WordHash.set(["à", "at", "de", "from", "vers", "dès", "until", "jusqu'à", "by"])
    private static let placeWords = WordHash.set([
        "room", "salle", "place", "rue", "street", "avenue", "bureau", "floor", "étage", "gate", "porte",
    ])
    private static let meridiem = WordHash.set(["a", "p", "am", "pm"])

    /// The prior signals of a claim.
    static func signals(_ s: [Unicode.Scalar], _ a: SentenceAnalysis, lede: Bool, speaker: Speaker?) -> [Signal] {
        var signals: [Signal] = []
        if lede { signals.append(Signal(name: "lede", weight: ledeWeight)) }
        if let speaker, speaker.kind != .anonymous {
            signals.append(Signal(name: "official_source", weight: officialWeight))
        }
        if isScheduling(s, a) { signals.append(Signal(name: "scheduling", weight: schedulingWeight)) }
        return signals
    }

    /// A clock time ("à 9 heures", "at 10 a.m.", "16 h") or a room or address number, and no figure in % or money.
    static func isScheduling(_ s: [Unicode.Scalar], _ a: SentenceAnalysis) -> Bool {
        guard !a.numbers.isEmpty || !a.dates.isEmpty else { return false }
        if a.numbers.contains(where: { $0.unit == "%" || ($0.unit?.count == 3 && $0.unit?.uppercased() == $0.unit) }) {
            return false
        }
        let t = a.tokens
        for (i, token) in t.enumerated() where token.kind == .number {
            let next = i + 1 < t.count ? t[i + 1] : nil
            if let next, next.kind == .word, meridiem.contains(next.hash), i + 2 < t.count,
                t[i + 2].kind == .punct, s[t[i + 2].start] == "."
            {
                return true
            }
            if let next, next.kind == .word, ValueLexicon.unitWords[next.hash] == "hour" || next.hash == ValueParser.h,
                i > 0, timeLeads.contains(t[i - 1].hash)
            {
                return true
            }
            if i > 0, placeWords.contains(t[i - 1].hash) { return true }
            if i + 1 < t.count, placeWords.contains(t[i + 1].hash) { return true }
        }
        return false
    }
}
