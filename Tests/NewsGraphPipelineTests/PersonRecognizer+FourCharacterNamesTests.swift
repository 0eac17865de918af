import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PersonRecognizerFourCharacterNamesTests {
    @Test func aFourCharacterNameAfterAPostOfAJapaneseBody() throws {
        let a = try Fixtures.sentence("日本某某协会前会长山田五月和韩国某某财团理事长金大中出席开幕式。")
        #expect(a.mentions(of: .person).map(\.text).contains("山田五月"))
        #expect(a.posts(of: "山田五月") == ["日本某某协会前会长"])
    }

    @Test func aChineseNameAfterThePostKeepsItsLength() throws {
        // A name that closes after three characters is not stretched to four.
        let a = try Fixtures.sentence("日本某某协会会长李明、副会长王大海出席开幕式。")
        #expect(a.mentions(of: .person).map(\.text).contains("李明"))
        #expect(!a.mentions(of: .person).map(\.text).contains { $0.count == 4 })
    }
}
