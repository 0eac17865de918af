import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct EntityFeaturesTests {
    static let features = EntityFeatures(named: ["河西区"], words: ["会议", "参加"], postHeads: ["主任"],
                                         orgSuffixes: ["委员会"], placeSuffixes: ["区"])

    @Test func everyCharacterHasTheSameNumberOfFeatures() {
        let f = Self.features.extract(ScalarText("主任赵大为参加会议"))
        #expect(f.count == 9 * EntityFeatures.perCharacter)
        #expect(Self.features.extract(ScalarText("")).isEmpty)
    }

    @Test func featuresDependOnTheCharacterAndItsNeighbours() {
        let a = Self.features.extract(ScalarText("甲乙丙"))
        let b = Self.features.extract(ScalarText("甲乙丁"))
        let n = EntityFeatures.perCharacter
        // The first character's window reaches two to the right: its +2 unigram differs.
        #expect(a[0..<n] != b[0..<n])
        #expect(a[5] != b[5])
        // Its own unigram is the same.
        #expect(a[3] == b[3])
    }

    @Test func aPostHeadBeforeACharacterIsAFeature() {
        let n = EntityFeatures.perCharacter
        let after = Self.features.extract(ScalarText("主任赵大为"))
        let plain = Self.features.extract(ScalarText("主持赵大为"))
        // Template 17 (post head ending right before) of 赵 differs; 赵's unigram does not.
        #expect(after[2 * n + 17] != plain[2 * n + 17])
        #expect(after[2 * n + 3] == plain[2 * n + 3])
    }

    @Test func digitsAndFullWidthFormsShareFeatures() {
        let a = Self.features.extract(ScalarText("第3次"))
        let b = Self.features.extract(ScalarText("第７次"))
        #expect(a == b)
    }
}
