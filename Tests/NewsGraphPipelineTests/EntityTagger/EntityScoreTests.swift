import Testing
@testable import NewsGraphPipeline

@Suite struct EntityScoreTests {
    @Test func exactSpansCountAndBoundaryErrorsDoNot() {
        var score = EntityScore()
        let gold = EntityLabel.labels(fromBIO: ["B-PER", "I-PER", "O", "B-LOC"])
        let predicted = EntityLabel.labels(fromBIO: ["B-PER", "O", "O", "B-LOC"])
        score.add(gold: gold, predicted: predicted)
        #expect(score.gold == [1, 1, 0])
        #expect(score.matched == [0, 1, 0])
        #expect(score.f1(1) == 1)
        #expect(score.f1(0) == 0)
        #expect(score.summary == "PER 0.000 LOC 1.000 ORG 0.000")
    }
}
