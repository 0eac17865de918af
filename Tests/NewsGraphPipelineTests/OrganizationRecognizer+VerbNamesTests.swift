import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct OrganizationRecognizerVerbNamesTests {
    @Test func aLeadingGroupNamedForWhatItDoesKeepsItsVerb() throws {
        let a = try Fixtures.sentence("省委书记、省推进长河经济带建设领导小组组长郑国栋主持会议。")
        #expect(a.mentions(of: .organization).contains { $0.text == "省推进长河经济带建设领导小组" })
        #expect(a.posts(of: "郑国栋") == ["省委书记", "省推进长河经济带建设领导小组组长"])
    }

    @Test func withoutAPrefixOfRankTheVerbEndsTheName() throws {
        let a = try Fixtures.sentence("会议要求加快推进长河经济带建设领导小组各项工作。")
        #expect(!a.mentions(of: .organization).contains { $0.text.contains("推进") })
    }
}
