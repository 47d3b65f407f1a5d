import ClaimDeskModel
import ClaimDeskText
/// Finds who is speaking in reported speech or in the frame of a quotation.
///
/// Handles "Selon X", "d'après X", "according to X", "X a déclaré", "X said", "a déclaré X", "said X",
/// inverted "a-t-il ajouté", and pronouns ("Elle a écrit"), which resolve to the last person named.
enum SpeakerFinder {
    private static let to = WordHash.of("to")
    private static let t = WordHash.of("t")
    private static let determiners = WordHash.set(["le", "la", "les", "l'", "the"])
    private static let according = WordHash.of("according")

    /// The speaker of the reported speech in `tokens`, if it names one.
    static func speaker(_ s: [Unicode.Scalar], _ tokens: [Token], _ tracker: PersonTracker) -> String? {
        let tk = tokens
        guard let v = tk.firstIndex(where: { $0.kind == .word && WordFlags.of($0.hash).contains(.reporting) }) else {
            return colonFrameSubject(s, tk, tracker)
        }
        if ClaimLexicon.sourceMarkers.contains(tk[v].hash) {
            var k = v + 1
            if tk[v].hash == according, k < tk.count, tk[k].hash == to { k += 1 }
            if k < tk.count, determiners.contains(tk[k].hash) { k += 1 }
            if let run = NameRun.forward(s, tk, from: k) { return tracker.expand(s, tk, run) }
            return nil
        }
        var k = v - 1
        while k >= 0, ClaimLexicon.auxiliaries.contains(tk[k].hash) || isPunct(tk[k], "-") || tk[k].hash == t {
            k -= 1
        }
        if k >= 0 {
            if ClaimLexicon.personPronouns.contains(tk[k].hash) { return tracker.lastPerson }
            if let run = NameRun.backward(s, tk, endingAt: k) { return tracker.expand(s, tk, run) }
        }
        var after = v + 1
        while after < tk.count, isPunct(tk[after], "-") || tk[after].hash == t { after += 1 }
        if after < tk.count {
            if ClaimLexicon.personPronouns.contains(tk[after].hash) { return tracker.lastPerson }
            if let run = NameRun.forward(s, tk, from: after) { return tracker.expand(s, tk, run) }
        }
        return colonFrameSubject(s, tk, tracker)
    }

    /// "Sam Altman a adressé un message à ses employés :" — the subject of a frame that ends with a colon.
    private static func colonFrameSubject(_ s: [Unicode.Scalar], _ tk: [Token], _ tracker: PersonTracker) -> String? {
        guard let last = tk.last, isPunct(last, ":"), let first = tk.first else { return nil }
        if ClaimLexicon.personPronouns.contains(first.hash) { return tracker.lastPerson }
        var k = 0
        while k < tk.count, tk[k].kind != .word || !NameRun.isNameWord(s, tk, k, first: true) {
            if isPunct(tk[k], ",") { break }
            k += 1
        }
        if k < tk.count, let run = NameRun.forward(s, tk, from: k) { return tracker.expand(s, tk, run) }
        return nil
    }

    @inline(__always) static func isPunct(_ token: Token, _ c: Unicode.Scalar) -> Bool {
        token.kind == .punct && token.hash == UInt64(c.value)
    }
}
