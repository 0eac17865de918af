import Testing
@testable import NewsGraphPipeline

@Suite struct FeatureHashTests {
    /// The hash is fixed by its definition, not by the process: stored weights depend on it.
    @Test func theHashIsTheSameInEveryProcess() {
        #expect(FeatureHash(template: 3).adding(0x5F20).value == FeatureHash(template: 3).adding(0x5F20).value)
        #expect(FeatureHash(template: 0).value == 643_255_014)
    }

    @Test func templatesAndOrderMatter() {
        #expect(FeatureHash(template: 1).adding(7).value != FeatureHash(template: 2).adding(7).value)
        #expect(FeatureHash(template: 6).adding(1).adding(2).value != FeatureHash(template: 6).adding(2).adding(1).value)
    }
}
