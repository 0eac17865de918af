import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorOtherRolesTests {
    @Test func whoTookAnotherRoleInAClauseOfItsOwnDoesNotReport() throws {
        let a = try Fixtures.sentence("本报讯 3月3日，全县秋粮收购工作会议召开。县长郑国栋主持会议并讲话，县政协主席宋雨桐，副县长刘一出席，县委常委、办公室主任陈家豪通报了全县秋粮收购情况。")
        #expect(a.role(.reported) == ["陈家豪"])
    }

    @Test func whoAttendsAndReportsInOneClauseDoesBoth() throws {
        let a = try Fixtures.sentence("本报讯 3月3日，县政协常委会议召开。副县长郑国栋应邀出席并作通报。")
        #expect(a.role(.reported) == ["郑国栋"])
        #expect(RelationExtractor.otherRoleClauseEnd(ScalarText("甲出席并作通报"), from: 0, before: 5) == nil)
    }

    @Test func theReportersOfTheArticleTakeNoPartInTheMeeting() throws {
        // A dateline that does not open the article: its reporters are named by their post.
        let a = try Fixtures.sentence("3月3日，县政协常委会议召开。\n\n县新闻网3月3日讯(县报记者郑国栋、宋雨桐)今天，县政协常委会议召开，传达县委全会精神，通报全县经济运行情况。县长刘立新应邀出席并作通报。")
        #expect(a.posts(of: "宋雨桐") == ["记者"])
        #expect(!a.role(.reported).contains("郑国栋"))
        #expect(!a.role(.reported).contains("宋雨桐"))
    }
}
