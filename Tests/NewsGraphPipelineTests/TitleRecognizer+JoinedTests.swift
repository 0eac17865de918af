import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct TitleRecognizerJoinedTests {
    @Test func postsJoinedByJianAreOnePostKeptWhole() throws {
        let a = try Fixtures.sentence("省人大常委会副主任兼秘书长郑国栋出席会议。")
        #expect(a.mentions(of: .title).map(\.text) == ["省人大常委会副主任兼秘书长"])
        #expect(a.posts(of: "郑国栋") == ["省人大常委会副主任兼秘书长"])
    }

    @Test func postsInAListStayApart() throws {
        let a = try Fixtures.sentence("省人大常委会副主任、秘书长郑国栋出席会议。")
        #expect(a.posts(of: "郑国栋") == ["省人大常委会副主任", "秘书长"])
    }
}
