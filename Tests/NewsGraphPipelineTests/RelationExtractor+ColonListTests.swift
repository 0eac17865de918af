import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorColonListTests {
    @Test func membersListedAfterAColonOfPresenceAttend() throws {
        let a = try Fixtures.sentence("县人大常委会会议今天开幕。在主席台就座的还有：郑国栋、宋雨桐、周立新。", model: true)
        #expect(a.relations.filter { $0.kind == .attended && $0.rule == "role.attended.colon" }.compactMap(\.subject?.name) == ["郑国栋", "宋雨桐", "周立新"])
    }

    @Test func aColonWithoutPresenceListsNobody() throws {
        let a = try Fixtures.sentence("县人大常委会会议今天开幕。会议议程有：审议郑国栋的报告。", model: true)
        #expect(a.relations.filter { $0.rule == "role.attended.colon" }.isEmpty)
    }
}
