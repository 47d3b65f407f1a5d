import ClaimDeskModel
import ClaimDeskText

/// Remembers the people and organisations a text has named, to expand "Altman" to "Sam Altman", resolve "Elle" /
/// "He" to the last person and "It" to the last organisation, and "le ministre" to the person the text gave
/// that role ("Le ministre de l'Économie, Antoine Durand, …", "Finance Minister Rachel Stone", "chief executive
/// Paul Grant").
struct PersonTracker: Sendable {
    private var fullNames: [UInt64: String] = [:]
    private var roles: [UInt64: String] = [:]
    /// The last person named.
    private(set) var lastPerson: String?
    /// The last organisation named.
    private(set) var lastOrganisation: String?
    /// The last organisation whose name says it is one ("OpenAI", "Nordvik Motors", "ARS"), for "the company".
    private(set) var lastCompany: String?

    private static let determiners = WordHash.set([
        "le", "la", "les", "l'", "the", "a", "an", "un", "une", "son", "sa", "its", "his", "her",
    ])

    /// Records the names in `tokens` (in text order).
    mutating func observe(_ s: [Unicode.Scalar], _ t: [Token]) {
        var i = 0
        while i < t.count {
            guard let found = NameRun.forward(s, t, from: i) else {
                i += 1
                continue
            }
            let (run, titles) = NameRun.strippingTitles(s, t, found)
            let words = run.lowerBound...run.upperBound
            var nameWords = 0
            var titleCase = true
            for k in words where t[k].kind == .word && s[t[k].start].isUpper {
                nameWords += 1
                if !isTitleCaseWord(s, t[k]) { titleCase = false }
            }
            let organisation = NameRun.isOrganisation(s, t, run)
            if nameWords >= 2, nameWords <= 4, titleCase, !organisation {
                let key = t[run.upperBound].hash
                let name = NameRun.text(s, t, run)
                if fullNames[key] != name { fullNames[key] = name }
                lastPerson = name
                for title in titles where InstitutionLexicon.roleNouns.contains(title) { roles[title] = name }
                recordRoles(s, t, around: run, name)
            } else if words.count == 1, let name = fullNames[t[run.lowerBound].hash] {
                lastPerson = name
            } else if organisation {
                lastOrganisation = NameRun.text(s, t, run)
                lastCompany = lastOrganisation
            } else if words.count == 1, run.lowerBound > 0 {
                lastOrganisation = NameRun.text(s, t, run)
            }
            i = found.upperBound + 1
        }
    }

    /// "chief executive Paul Grant", "Le ministre de l'Économie, Antoine Durand,", "Jean-Luc Moreau, le président …".
    private mutating func recordRoles(_ s: [Unicode.Scalar], _ t: [Token], around run: ClosedRange<Int>, _ name: String)
    {
        var k = run.lowerBound - 1
        if k >= 0, t[k].kind == .word, t[k].flags.contains(.speakerHead),
            InstitutionLexicon.roleNouns.contains(t[k].hash)
        {
            roles[t[k].hash] = name
        }
        if k >= 0, SpeakerFinder.isPunct(t[k], ",") {
            k -= 1
            var steps = 0
            while k >= 0, steps < 7, t[k].kind != .punct || SpeakerFinder.isPunct(t[k], "'") {
                if t[k].flags.contains(.speakerHead), InstitutionLexicon.roleNouns.contains(t[k].hash) {
                    if k == 0 || Self.determiners.contains(t[k - 1].hash) || t[k - 1].kind == .punct {
                        roles[t[k].hash] = name
                        break
                    }
                }
                k -= 1
                steps += 1
            }
        }
        var a = run.upperBound + 1
        if a < t.count, SpeakerFinder.isPunct(t[a], ",") {
            a += 1
            if a < t.count, Self.determiners.contains(t[a].hash) { a += 1 }
            if a < t.count, t[a].flags.contains(.speakerHead),
                InstitutionLexicon.roleNouns.contains(t[a].hash)
            {
                roles[t[a].hash] = name
            }
        }
    }

    /// The full name for a short one ("Altman" → "Sam Altman"), or the name itself.
    func expand(_ s: [Unicode.Scalar], _ t: [Token], _ run: ClosedRange<Int>) -> String {
        if run.count == 1, let name = fullNames[t[run.lowerBound].hash] { return name }
        return NameRun.text(s, t, run)
    }

    /// Whether a one-word name is the surname of a person named before.
    func isKnownPerson(_ hash: UInt64) -> Bool { fullNames[hash] != nil }

    /// The person the text gave this role ("ministre", "minister"), if any.
    func person(forRole hash: UInt64) -> String? { roles[hash] }

    private func isTitleCaseWord(_ s: [Unicode.Scalar], _ token: Token) -> Bool {
        guard token.kind == .word, token.length >= 2, s[token.start].isUpper else { return false }
        for index in (token.start + 1)..<token.end where !s[index].isLower { return false }
        return true
    }
}
