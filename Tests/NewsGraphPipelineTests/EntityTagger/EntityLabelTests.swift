import Testing
@testable import NewsGraphPipeline

@Suite struct EntityLabelTests {
    @Test func bioIsReadIntoBeginInsideEndAndSingle() {
        let labels = EntityLabel.labels(fromBIO: ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"])
        #expect(labels == [EntityLabel.label(type: 0, position: 0), EntityLabel.label(type: 0, position: 1),
                           EntityLabel.label(type: 0, position: 2), 0, EntityLabel.label(type: 1, position: 3),
                           EntityLabel.label(type: 2, position: 0), EntityLabel.label(type: 2, position: 2)])
    }

    @Test func anInsideWithoutItsBeginOpensAnEntity() {
        let labels = EntityLabel.labels(fromBIO: ["O", "I-LOC", "I-LOC"])
        #expect(EntityLabel.spans(labels).map { [$0.type, $0.start, $0.end] } == [[1, 1, 3]])
    }

    @Test func spansReadBackWhatWasRead() {
        let labels = EntityLabel.labels(fromBIO: ["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "B-PER", "I-PER"])
        #expect(EntityLabel.spans(labels).map { [$0.type, $0.start, $0.end] } == [[2, 0, 2], [0, 3, 5], [0, 5, 7]])
    }

    @Test func onlyWellFormedSequencesAreAllowed() {
        let bPer = EntityLabel.label(type: 0, position: 0), ePer = EntityLabel.label(type: 0, position: 2)
        let iLoc = EntityLabel.label(type: 1, position: 1)
        #expect(EntityLabel.allowed(nil, bPer))
        #expect(!EntityLabel.allowed(nil, ePer))
        #expect(EntityLabel.allowed(bPer, ePer))
        #expect(!EntityLabel.allowed(bPer, 0))
        #expect(!EntityLabel.allowed(bPer, iLoc))
        #expect(EntityLabel.allowed(ePer, 0))
    }
}
