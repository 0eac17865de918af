import Foundation
import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct EntityModelTests {
    /// With no weights every character is outside an entity, by the transitions alone.
    @Test func decodingFindsTheBestAllowedSequence() {
        let L = EntityLabel.count
        let bPer = EntityLabel.label(type: 0, position: 0), ePer = EntityLabel.label(type: 0, position: 2)
        var emission = [Float](repeating: 0, count: 4 * L)
        // Characters 1 and 2 look like the begin and end of a person; 3 favours I-PER, which
        // cannot follow E-PER, so it stays O.
        emission[1 * L + bPer] = 5
        emission[2 * L + ePer] = 5
        emission[3 * L + EntityLabel.label(type: 0, position: 1)] = 3
        let tagging = EntityModel.decode(emission: emission, count: 4, transitions: [Float](repeating: 0, count: (L + 1) * L))
        #expect(tagging.labels == [0, bPer, ePer, 0])
        #expect(tagging.entities.map { [$0.type, $0.start, $0.end] } == [[0, 1, 3]])
        // The margin of the person is what it wins by over the best sequence without it.
        #expect(tagging.entities.first?.margin == 5)
    }

    @Test func onlyRestrictsTheLabelsOfACharacter() {
        let L = EntityLabel.count
        var emission = [Float](repeating: 0, count: 2 * L)
        emission[0 * L + EntityLabel.label(type: 1, position: 3)] = 4
        var only = [Bool](repeating: true, count: 2 * L)
        for l in 0..<L { only[l] = l == 0 }
        let t = EntityModel.decode(emission: emission, count: 2, transitions: [Float](repeating: 0, count: (L + 1) * L), only: only)
        #expect(t.labels == [0, 0])
    }

    @Test func theCommittedWeightsFindNamesInAMadeUpSentence() throws {
        let model = try EntityModel(lexicon: .shared)
        let text = ScalarText("市政协主席赵文涛在会上指出，要做好防汛工作。")
        let people = model.tag(text).entities.filter { $0.type == 0 }.map { text.string($0.start, $0.end) }
        #expect(people == ["赵文涛"])
    }
}
