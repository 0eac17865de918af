import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorChainedTests {
    @Test func theSubjectOfAChainOfActsSpeaksAtItsEnd() throws {
        let a = try Fixtures.sentence("6月5日，省长郑国栋到长河市调研。在长河集团，郑国栋察看产品展示，询问研发投入等情况，指出要加快发展。")
        #expect(a.relations.contains { $0.kind == .spoke && $0.subject?.name == "郑国栋" && $0.rule == "role.spoke.chained" })
    }

    @Test func withTwoPeopleBeforeTheVerbNoOneIsChosen() throws {
        let a = try Fixtures.sentence("6月5日，省长郑国栋到长河市调研。郑国栋听取长河集团董事长宋雨桐汇报，指出要加快发展。")
        #expect(!a.relations.contains { $0.rule == "role.spoke.chained" })
    }

    @Test func actsOfAnotherTimeAreNotThisEventsSpeech() throws {
        let a = try Fixtures.sentence("6月5日，省长郑国栋到长河市调研。去年，王大明在长河视察时，察看麦田长势，要求抓好生产。")
        #expect(!a.relations.contains { $0.rule == "role.spoke.chained" })
    }
}
