import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct CheckworthinessContextTests {
    @Test func blendMixesEachLogOddsWithTheMeanOfItsNeighbours() async {
        // Given three log-odds, half from the neighbours, one neighbour on each side
        let z: [Double] = [0, 2, 4]
        // When blended
        let blended = CheckworthinessContext<Int>.blend(z, weight: 0.5, window: 1)
        // Then the ends use their one neighbour and the middle the mean of both
        #expect(blended == [1, 2, 3])
    }

    @Test func aSentenceAloneKeepsItsOwnLogOdds() async {
        // Given one sentence, When blended, Then nothing changes
        #expect(CheckworthinessContext<Int>.blend([1.5], weight: 0.4, window: 2) == [1.5])
    }

    @Test func streamingGivesEachClaimOnceInOrderWithTheBatchValue() async {
        // Given 200 log-odds where only every third sentence is a claim (the others only count as context)
        let z = (0..<200).map { Double(($0 * 37) % 11) - 5 }
        var context = CheckworthinessContext<Int>(weight: 0.3, window: 2)
        var out: [(Int, Double)] = []
        // When they stream through
        for (i, value) in z.enumerated() {
            context.push(value, i % 3 == 0 ? i : nil)
            while let ready = context.pop() { out.append(ready) }
        }
        while let ready = context.pop(ended: true) { out.append(ready) }
        // Then every claim comes out once, in order, with the value of the whole-sequence blend
        let batch = CheckworthinessContext<Int>.blend(z, weight: 0.3, window: 2)
        #expect(out.map(\.0) == Array(stride(from: 0, to: 200, by: 3)))
        for (i, value) in out { #expect(abs(value - batch[i]) < 1e-12) }
    }

    @Test func scoresInContextAreExplainedByTheirSignals() async throws {
        // Given the shipped model, which weighs neighbours, and a short debate excerpt
        #expect(CheckworthinessModel.shipped.contextWeight > 0)
        let lines = [
            "Thank you very much.",
            "Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.",
            "We cut taxes by $2 billion for working families.",
            "What do you think?",
        ]
        let scorer = CheckworthinessScorer(language: .en)
        // When scored in context
        let scored = scorer.scores(lines)
        #expect(scored.count == lines.count)
        for (line, result) in zip(lines, scored) {
            // Then each score is the logistic of its signals' sum, context included
            let z = result.signals.reduce(0) { $0 + $1.weight }
            #expect(abs(1 / (1 + exp(-z)) - result.score) < 0.002)
            // And the context signal is exactly what moves it from the sentence's own score
            let alone = scorer.score(line)
            let shift = result.signals.first { $0.name == "context" }?.weight ?? 0
            #expect(shift != 0)
            #expect(result.signals.filter { $0.name != "context" } == alone.signals)
        }
        // And a lone sentence scores as it does on its own
        #expect(scorer.scores([lines[1]])[0].score == scorer.score(lines[1]).score)
    }

    @Test func extractedClaimsCarryTheirContextSignal() async {
        // Given an English paragraph of several checkable sentences
        let text =
            "The senator voted against the bill in 2015. Unemployment fell to 3.5 percent in 2019. "
            + "Taxes rose by $2 billion last year, the largest increase in a decade."
        // When extracted
        let claims = ClaimExtractor(language: .en).extract(from: text)
        // Then each claim's score is explained by its signals, including its neighbours' share
        #expect(claims.count == 3)
        for claim in claims {
            #expect(claim.signals.contains { $0.name == "context" })
            let z = claim.signals.reduce(0) { $0 + $1.weight }
            #expect(abs(1 / (1 + exp(-z)) - claim.score) < 0.002)
        }
    }
}
