import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct AttentionItemTests {
    @Test func fixtureRaisesEveryKind() async {
        // Given the fixture: verified claim whose only supporting source's excerpt is absent from a capture that
        // moved host, a dead context source, an override, and a hedged unverified claim
        let items = AttentionItem.items(in: ReportFixtures.document())
        // Then each rule fires once, for the right claim and source
        let summary = items.map { "\($0.kind.rawValue) c\($0.claimId ?? 0) s\($0.sourceId ?? 0)" }
        #expect(
            summary == [
                "hedged_unverified c6 s0", "excerpt_absent c3 s4", "moved_source c3 s4", "dead_source c3 s5",
                "override c3 s0",
            ]
        )
    }

    @Test func verifiedWithoutActiveSupportingSource() async {
        // Given a verified claim whose supporting source was removed
        var detail = ReportFixtures.document().claims[1]
        detail.sources[0].source.removed = true
        // When its items are computed
        let kinds = AttentionItem.items(for: detail).map(\.kind)
        // Then it is flagged, and the removed source's capture is no longer
        #expect(kinds.contains(.verifiedWithoutSupport))
        #expect(!kinds.contains(.excerptAbsent))
        #expect(!kinds.contains(.movedSource))
    }

    @Test func httpErrorStatusIsDead() async {
        // Given a source whose latest capture answered 404 after an earlier 200
        var detail = ReportFixtures.document().claims[1]
        var gone = detail.sources[0].captures[0]
        gone.httpStatus = 404
        gone.finalUrl = nil
        gone.excerptFound = nil
        detail.sources[0].captures.append(gone)
        // Then the source is dead, and the older capture's absent excerpt no longer counts
        let kinds = AttentionItem.items(for: detail).filter { $0.sourceId == 4 }.map(\.kind)
        #expect(kinds == [.deadSource])
    }
}
