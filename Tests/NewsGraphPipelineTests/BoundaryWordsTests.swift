import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct BoundaryWordsTests {
    @Test func aConjunctionEndsANameButNotInsideTheWordsThatHoldIt() {
        let t = ScalarText("甲和中华人民共和国")
        // 甲和|: 和 ends a left extension …
        #expect(BoundaryWords.leftStop(endingAt: 2, in: t, floor: 0))
        // … but not the 和 of 共和国.
        #expect(!BoundaryWords.leftStop(endingAt: 8, in: t, floor: 0))
    }

    @Test func aPolicyNamedAfterTheRepublicKeepsItsWholeName() throws {
        let a = try Fixtures.sentence("会议审议了中华人民共和国长河保护法实施情况的报告。")
        #expect(!a.mentions.contains { $0.text.hasPrefix("国") })
    }

    @Test func theAddresseeOfALetterStartsAfterZhiButAPartyNamedZhiGongKeepsIt() throws {
        let a = try Fixtures.sentence("会议学习县委书记致第三届某某文化论坛的贺信精神。")
        #expect(a.mentions(of: .meeting).map(\.text) == ["第三届某某文化论坛"])
        let b = try Fixtures.sentence("中国致公党某某县第三次代表大会在县城召开。")
        #expect(b.mentions(of: .meeting).map(\.text).first?.hasPrefix("中国致公党") == true)
    }
}
