import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct OrganizationRecognizerPartyCommitteesTests {
    @Test func aDemocraticPartysCommitteeIsOneBody() throws {
        let a = try Fixtures.sentence("民进省委主委郑国栋、致公党湖北省委副主委宋雨桐发言。")
        let committees = a.mentions(of: .organization).filter { $0.rule == "org.party-committee" }.map(\.text)
        #expect(committees == ["民进省委", "致公党湖北省委"])
        #expect(!a.mentions(of: .organization).contains { $0.text == "民进" || $0.text == "省委" })
    }

    @Test func thePartyAloneStaysThePartysName() throws {
        let a = try Fixtures.sentence("民进成员郑国栋发言。")
        #expect(!a.mentions.contains { $0.rule == "org.party-committee" })
    }
}
