import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorReportsTests {
    func reported(_ text: String, rule: String) throws -> [String] {
        try Fixtures.sentence(text, model: true).relations.filter { $0.kind == .reported && $0.rule == rule }.compactMap(\.subject?.name)
    }

    @Test func reportsTheMeetingHeardAreReported() throws {
        let text = "县人大常委会会议今天召开。会议听取了县财政局局长郑国栋作的关于预算执行情况的报告，宋雨桐作的关于条例草案的说明。"
        #expect(try reported(text, rule: "role.reported.heard") == ["郑国栋", "宋雨桐"])
        #expect(try reported("县人大常委会会议今天召开。会议听取了郑国栋的意见。", rule: "role.reported.heard").isEmpty)
    }

    @Test func aReportMadeOnAMandateOrByABodysOfficersIsHeard() throws {
        let mandate = "中共某某县委全体会议今天召开。全会听取和讨论了郑国栋受县委常委会委托所作的工作报告。"
        #expect(try reported(mandate, rule: "role.reported.heard") == ["郑国栋"])
        let officers = "县人大常委会会议今天召开。会议听取了县委组织部、县委统战部有关负责人就有关人事事项所作的说明。"
        #expect(try reported(officers, rule: "role.reported.heard") == ["县委组织部", "县委统战部"])
    }

    @Test func reportsAndExplanationsMadeAreReported() throws {
        let text = "县人大常委会会议今天召开。县财政局局长郑国栋、县教育局局长宋雨桐作了履职情况报告。县人大法制委负责同志作了说明。"
        #expect(try reported(text, rule: "role.reported.made") == ["郑国栋", "宋雨桐", "县人大法制委"])
        // 工作报告 holds 作报告; 所作的 is no subject's act.
        #expect(try reported("县人大会议今天召开。代表们认为县长所作的政府工作报告实事求是。", rule: "role.reported.made").isEmpty)
    }

    @Test func speakersInTheDiscussionAreReported() throws {
        let text = "县政协常委会会议今天召开。在发言中，郑国栋、宋雨桐等委员围绕乡村建设提出意见建议。"
        #expect(try reported(text, rule: "role.reported.discussion") == ["郑国栋", "宋雨桐"])
    }

    @Test func thoseWhoAnswerThePressAreReportedAndThoseListedAfterTheLeadAttend() throws {
        let text = "县政府新闻发布会今天举行。出席发布会的还有县财政局局长郑国栋、县教育局局长宋雨桐，他们将回答记者提问。"
        let a = try Fixtures.sentence(text, model: true)
        #expect(a.relations.filter { $0.rule == "role.reported.press" }.compactMap(\.subject?.name) == ["郑国栋", "宋雨桐"])
        #expect(a.relations.filter { $0.rule == "role.attended.colon" }.compactMap(\.subject?.name) == ["郑国栋", "宋雨桐"])
    }

    @Test func whoBriefsThePressReports() throws {
        let a = try Fixtures.sentence("2月10日，省政府新闻办在某某会馆召开新闻发布会，省发展改革委、省商务厅共同发布我省对外开放情况。会上，省发展改革委李明华副主任就我省对外开放情况进行了详细介绍，并回答了记者提问。", model: true)
        #expect(a.role(.reported) == ["省发展改革委", "省商务厅", "李明华"])
        let b = try Fixtures.sentence("12月2日10时，由省政府新闻办举行的解读我省“十四五”规划新闻发布会在成都举行。首场新闻发布会由省委副秘书长王建国作主发布，省发展改革委主任张明华、省委政研室副主任刘志强参与发布。")
        #expect(b.role(.reported) == ["王建国", "张明华", "刘志强"])
    }

    @Test func briefingVerbsOutsideAPressEventReportNothing() throws {
        let a = try Fixtures.sentence("6月16日，省政府召开常务会议。省长王大明介绍了全省经济运行情况，副省长李小红发布了一项通知。")
        #expect(!a.relations.contains { $0.rule == "role.reported.press-briefing" })
    }

    @Test func motionsLaidBeforeASessionAndReportsMadeForABodyAreReports() throws {
        let a = try Fixtures.sentence("9月28日，省十四届人大常委会第十七次会议在南京开幕。省政府提交了关于提请审议《某某条例（草案）》的议案。王大明、李小红分别代表省人大常委会执法检查组作了关于检查某某法实施情况的报告。", model: true)
        // The body they act for reports with them, as far as its name is known.
        #expect(Array(a.role(.reported).prefix(3)) == ["省政府", "王大明", "李小红"])
        // A body named on the way is no subject (受省政府委托，甲提交了…): only the one before the verb.
        let b = try Fixtures.sentence("9月28日，省十四届人大常委会第十七次会议在南京开幕。会议审议了省政府关于某某工作情况的报告。")
        #expect(!b.relations.contains { $0.rule == "role.reported.submitted" })
    }

    @Test func contributionsAtASymposiumAndASpiritRelayedAreReports() throws {
        let a = try Fixtures.sentence("4月25日，全省民营企业家座谈会在长春召开。会上，某某集团董事长刘一、某某公司总经理陈二围绕优化营商环境发表意见和建议。", model: true)
        #expect(a.role(.reported) == ["刘一", "陈二"])
        let b = try Fixtures.sentence("4月25日，全省农村工作会议在长春召开。省委书记王大明主持会议，省委副书记李小红传达了中央农村工作会议精神。")
        #expect(b.role(.reported) == ["李小红"])
        // What the meeting relayed and studied is no one's report.
        let c = try Fixtures.sentence("3月13日，省长王大明主持召开省政府第八次常务会议，传达学习全国两会精神。")
        #expect(c.role(.reported).isEmpty)
    }

    @Test func aVerbOpeningWithTheLastCharacterOfANameEndsTheName() throws {
        let a = try Fixtures.sentence("4月25日，全省民营企业家座谈会在长春召开。某某集团董事长刘一、某某公司总经理陈二作交流发言。", model: true)
        #expect(a.role(.reported) == ["刘一", "陈二"])
    }

    @Test func whoActsForABodyReportingToTheMeetingReports() throws {
        let a = try Fixtures.sentence("本报讯 5月20日上午，中国共产党某某省第十二次代表大会在长春隆重开幕。王大明代表中共某某省第十一届委员会向大会作了题为《高举旗帜 砥砺奋进》的报告。", model: true)
        #expect(a.role(.reported) == ["王大明"])
        #expect(RelationExtractor.addressee(before: 4, in: ScalarText("甲向大会作了"), floor: 0) == 1)
        // 作 right before the report's title: the government's work report, laid before the session.
        let b = try Fixtures.sentence("本报讯 1月26日，某某省第十二届人民代表大会第三次会议在长春开幕。省长王大明代表省人民政府向大会作《政府工作报告》。", model: true)
        #expect(b.role(.reported) == ["王大明"])
    }

    @Test func whoIntroducesASituationReportsOnlyInItsOwnClause() throws {
        let p = "本报讯 7月27日，全省秸秆变肉工作专题调研工作会在长春召开。"
        let a = try Fixtures.sentence(p + "省人大常委会副主任刘一对调研工作作出安排部署，副省长王大明介绍了我省秸秆变肉工程有关情况。", model: true)
        #expect(a.role(.reported) == ["王大明"])
        #expect(try Fixtures.sentence(p + "副省长王大明介绍了新的经验。", model: true).role(.reported).isEmpty)
    }
}
