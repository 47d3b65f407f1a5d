import Testing

@testable import ClaimDeskModel

/// The model's rules as pure functions: what a status needs, how a quote anchors, how links and merges decide.
@Suite struct RuleTests {
    static func source(_ stance: Stance, removed: Bool = false) -> Source {
        Source(
            id: 1,
            claimId: 1,
            url: "https://example.org/a",
            normalizedUrl: "https://example.org/a",
            stance: stance,
            addedAt: "2026-03-10T09:00:00Z",
            addedBy: "tester",
            removed: removed
        )
    }

    @Test func verifiedNeedsAnActiveSupportingSource() async throws {
        #expect(throws: Guardrail.Refusal.missing(.supportingSource, status: .verified)) {
            try Guardrail.decide(to: .verified, sources: [Self.source(.supports, removed: true)], note: "n", force: false)
        }
        let decision = try Guardrail.decide(to: .verified, sources: [Self.source(.supports)], note: nil, force: false)
        #expect(decision.evidence.count == 1 && !decision.isOverride)
    }

    @Test func falseNeedsARefutingSourceOrANote() async throws {
        #expect(throws: Guardrail.Refusal.missing(.refutingSourceOrNote, status: .false)) {
            try Guardrail.decide(to: .false, sources: [Self.source(.supports)], note: nil, force: false)
        }
        #expect(try !Guardrail.decide(to: .false, sources: [], note: "checked", force: false).isOverride)
        #expect(try Guardrail.decide(to: .disputed, sources: [Self.source(.refutes)], note: nil, force: false)
            .evidence.count == 1)
    }

    @Test func anOverrideNeedsANoteAndIsRecordedAsOne() async throws {
        #expect(throws: Guardrail.Refusal.overrideNeedsNote) {
            try Guardrail.decide(to: .verified, sources: [], note: nil, force: true)
        }
        #expect(throws: Guardrail.Refusal.overrideNeedsNote) {
            try Guardrail.decide(to: .inReview, sources: [], note: nil, force: true)
        }
        #expect(try Guardrail.decide(to: .verified, sources: [], note: "editor's call", force: true).isOverride)
        #expect(try !Guardrail.decide(to: .inReview, sources: [], note: nil, force: false).isOverride)
        for status in [ClaimStatus.dismissed, .misleading, .unverifiable] {
            #expect(Guardrail.requirement(for: status) == .note)
        }
    }

    @Test func aQuoteAnchorsOnceOrIsRefused() async throws {
        let text = "Le café 🇫🇷 coûte 2 €. Le café coûte 2 €."
        let span = try QuoteAnchor.anchor("🇫🇷 coûte", in: text)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "🇫🇷 coûte")
        #expect(span.prefix == "Le café ")
        #expect(throws: QuoteAnchor.Failure.ambiguous(starts: [0, 22], length: 7)) {
            try QuoteAnchor.anchor("Le café", in: text)
        }
        #expect(throws: QuoteAnchor.Failure.absent) { try QuoteAnchor.anchor("thé", in: text) }
        #expect(throws: QuoteAnchor.Failure.empty) { try QuoteAnchor.anchor("", in: text) }
    }

    @Test func theBestThreeLinksAreKeptStrongestFirst() async throws {
        let matches: [(id: Int64, match: ClaimMatch)] = [
            (4, ClaimMatch(score: 0.6, reason: "")), (2, ClaimMatch(score: 0.9, reason: "")),
            (9, ClaimMatch(score: 0.9, reason: "")), (1, ClaimMatch(score: 0.5, reason: "")),
        ]
        #expect(ClaimMatch.best(matches).map(\.id) == [2, 9, 4])
    }

    @Test func aMergeRecordsBothSidesAndRefusesTheSameClaim() async throws {
        #expect(throws: ClaimMerge.Refusal.sameClaim) { try ClaimMerge.check(kept: 3, absorbed: 3) }
        let kept = Claim(id: 1, documentId: 1, text: "a", type: .statistic, score: 1, hedged: false, speaker: nil,
            numbers: [], dates: [], signals: [], fingerprint: "a", createdAt: "t")
        var absorbed = kept
        absorbed.id = 2
        let events = ClaimMerge.events(
            kept: kept,
            absorbed: absorbed,
            movedOccurrences: 2,
            movedSources: 1,
            note: "same figure",
            context: ReviewContext(actor: "ed", now: "2026-03-10T09:00:00Z")
        )
        #expect(events.map(\.action) == [.merge, .mergedInto])
        #expect(events.map(\.claimId) == [1, 2])
        #expect(events[0].evidence == "2 occurrences and 1 sources moved from c2 (status unverified)")
    }
}
