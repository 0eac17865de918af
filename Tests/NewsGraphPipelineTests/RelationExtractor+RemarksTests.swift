import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorRemarksTests {
    func roles(_ text: String, rule: String) throws -> [String] {
        try Fixtures.sentence(text).relations.filter { $0.rule == rule }.compactMap(\.subject?.name)
    }

    static let reception = "县委书记郑国栋在长春会见了省政协副主席陈家豪一行。郑国栋、县长宋雨桐代表县委对客人表示欢迎。陈家豪感谢县里的热情接待。"

    @Test func hostsAndGuestsWhoseRemarksAreReportedSpoke() throws {
        #expect(try roles(Self.reception, rule: "role.spoke.remarks") == ["郑国栋", "宋雨桐", "陈家豪"])
    }

    @Test func whoeverSpeaksAtAReceptionWasThere() throws {
        let text = "县委书记郑国栋在长春会见了出席论坛的嘉宾。某某学会会长陈家豪、某某协会理事长宋雨桐分别代表嘉宾感谢县里的热情接待。"
        #expect(try roles(text, rule: "role.attended.remarks") == ["陈家豪", "宋雨桐"])
        // At a symposium, remarks are speeches; presence is printed otherwise.
        let symposium = "县委书记郑国栋主持召开企业家座谈会。座谈会上，某某学会会长陈家豪感谢县里的支持。"
        #expect(try roles(symposium, rule: "role.attended.remarks").isEmpty)
    }

    @Test func aBriefingAtAReceptionIsAReport() throws {
        let text = "县委书记郑国栋在长春会见了省政协副主席陈家豪一行。县财政局局长宋雨桐介绍了全县财政运行情况。"
        #expect(try roles(text, rule: "role.reported.briefing") == ["宋雨桐"])
        #expect(try roles(text, rule: "role.spoke.remarks").isEmpty)
    }

    @Test func remarksOutsideAnExchangeAreNoSpeech() throws {
        #expect(try roles("县政府常务会议今天召开。宋雨桐感谢各部门的支持。", rule: "role.spoke.remarks").isEmpty)
    }

    @Test func aSentenceOpeningAtASymposiumGivesItsRemarks() throws {
        let a = try Fixtures.sentence("10月18日，江西省委书记王大明率江西省党政代表团来江苏考察。江苏省委书记刘一出席两省座谈会。座谈会上，刘一代表江苏省委、省政府对代表团来访表示欢迎。")
        #expect(a.role(.spoke) == ["刘一"])
        #expect(RelationExtractor.exchangeOpening(ScalarText("会见中，甲表示感谢。"), sentence: Span(0, 10)) == 4)
        #expect(RelationExtractor.exchangeOpening(ScalarText("上午，甲表示感谢。"), sentence: Span(0, 9)) == nil)
    }

    @Test func bothSidesOfAReceptionSpeakWhenTheirRemarksAreGiven() throws {
        let a = try Fixtures.sentence("6月18日晚，省委书记王大明在西安会见了来陕调研的某部副部长刘一一行。双方表示，要深化军地合作。省委常委、秘书长陈二一同会见。")
        #expect(a.role(.spoke) == ["王大明", "刘一"])
        #expect(a.role(.attended) == ["王大明", "刘一", "陈二"])
        // Without a remark in the clause, 双方 says nothing of who spoke.
        let b = try Fixtures.sentence("6月18日晚，省委书记王大明在西安会见了某部副部长刘一一行。双方签署了合作协议。")
        #expect(b.role(.spoke).isEmpty)
    }

    @Test func aClauseSayingForWhomTheySpeakRunsOnToTheRemark() throws {
        let a = try Fixtures.sentence("4月25日，全省民营企业家座谈会在长春召开。省委书记王大明出席会议。王大明首先代表省委、省政府，向广大企业家表示衷心感谢。")
        #expect(a.role(.spoke) == ["王大明"])
    }
}
