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

    /// A committee printed as 省委会 (民盟某某省委会) is the whole committee, and the post's seat.
    @Test func aCommitteePrintedAsWeiHui() throws {
        let a = try Fixtures.sentence("民盟湖北省委会主委郑国栋、农工党市委会副主委宋雨桐发言。")
        let committees = a.mentions(of: .organization).filter { $0.rule == "org.party-committee" }.map(\.text)
        #expect(committees == ["民盟湖北省委会", "农工党市委会"])
        #expect(a.mentions(of: .title).map(\.text) == ["民盟湖北省委会主委", "农工党市委会副主委"])
    }

    @Test func thePartyAloneStaysThePartysName() throws {
        let a = try Fixtures.sentence("民进成员郑国栋发言。")
        #expect(!a.mentions.contains { $0.rule == "org.party-committee" })
    }
}
