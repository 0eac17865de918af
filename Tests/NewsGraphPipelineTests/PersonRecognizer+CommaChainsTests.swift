import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PersonRecognizerCommaChainsTests {
    @Test func postsSplitByACommaInOnePhraseAreOnePersons() throws {
        let a = try Fixtures.sentence("郑国栋与全国政协副主席，国家发展改革委党组书记、主任宋雨桐举行会谈。")
        #expect(a.posts(of: "宋雨桐") == ["全国政协副主席", "国家发展改革委党组书记", "主任"])
    }

    @Test func aPostBeforeACommaThatOpensNoPhraseIsAnothers() throws {
        let a = try Fixtures.sentence("会议由副省长主持，市长宋雨桐出席。")
        #expect(a.posts(of: "宋雨桐") == ["市长"])
    }
}
