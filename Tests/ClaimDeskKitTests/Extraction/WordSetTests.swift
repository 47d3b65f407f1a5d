import Testing

@testable import ClaimDeskExtraction

/// The flat word-hash set answers as `Set<UInt64>` does, and tokens carry the flags of their hash.
@Suite struct WordSetTests {
    @Test func membershipMatchesSet() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 7, 8, 9, 100, 1000] {
            var members = Set((0..<size).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) })
            if size == 9 { members.insert(0) }
            let set = WordSet(members)
            #expect(set.count == members.count)
            for key in members { #expect(set.contains(key)) }
            for _ in 0..<2000 {
                let probe = UInt64.random(in: 0...UInt64.max, using: &generator)
                #expect(set.contains(probe) == members.contains(probe))
            }
            // Colliding start slots: keys equal in their low bits probe past each other.
            let colliding = (1...20).map { UInt64($0) << 40 }
            let packed = WordSet(colliding)
            for key in colliding { #expect(packed.contains(key)) }
            #expect(!packed.contains(21 << 40))
            #expect(set.contains(0) == members.contains(0))
        }
    }

    @Test func wordListsAnswerForWords() {
        let reporting = ClaimLexicon.reportingVerbs
        #expect(reporting.contains(WordHash.of("déclaré")))
        #expect(!reporting.contains(WordHash.of("maison")))
        let union = WordSet([1, 2]).union(WordSet([3]))
        #expect(union.contains(3) && union.contains(1) && !union.contains(4))
        #expect(union.subtracting(WordSet([1])).hashes == [2, 3])
    }

    @Test func tokensCarryTheFlagsOfTheirWords() {
        let s = Array("Selon des sources, le ministre a déclaré en mars 2026 : « 12 % ».".unicodeScalars)
        let tokens = Tokenizer.tokens(s, 0..<s.count)
        for token in tokens {
            #expect(token.flags == (token.kind == .punct ? [] : WordFlags.of(token.hash)))
        }
        #expect(tokens.contains { $0.flags.contains(.reporting) })
        #expect(tokens.contains { $0.flags.contains(.month) })
        #expect(tokens.contains { $0.flags.contains(.phraseStart) })
    }
}
