import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PersonRecognizerListItemsTests {
    @Test func aRareSurnameBetweenTwoNamedNeighboursIsAName() throws {
        let a = try Fixtures.sentence("在主席台就座的还有：王正福、龙志毅、王思齐、谌立新、秦如培、廖国勋、陈鸣明。", model: true)
        #expect(a.names(.person).contains("谌立新"))
    }

    @Test func aRareSurnameInAListThatSharesAPostSharesIt() throws {
        let a = try Fixtures.sentence("大会执行主席王大明、刘会芳、尧德新、雷洪亮、孙立波出席。")
        #expect(a.posts(of: "尧德新") == ["大会执行主席"])
        #expect(a.posts(of: "孙立波") == ["大会执行主席"])
        // The name model alone does not take the rare surname.
        let item = try #require(a.mentions(of: .person).first { $0.text == "尧德新" })
        #expect(!PersonRecognizer(lexicon: .shared).isListName(a.text, item.span, article: a))
    }

    @Test func aNameClosedByAListMarkAfterAnAppointmentKeepsItsLastCharacter() throws {
        let a = try Fixtures.sentence("本报讯 会议决定任命郑有为、王大海为某县副县长。郑有为、王大海在发言中表示，一定不辜负重托。", model: true)
        #expect(a.names(.person).contains("郑有为"))
        #expect(!a.names(.person).contains("郑有"))
    }

    @Test func theFirstItemAfterAListVerbIsAName() throws {
        let a = try Fixtures.sentence("会议补选于立新、郑立国、徐崇恩为省人大常委会委员。", model: true)
        #expect(a.names(.person).first == "于立新")
    }

    @Test func anItemThatIsAWordIsNoName() {
        let r = PersonRecognizer(lexicon: .shared)
        let a = try? Fixtures.sentence("王正福、有关部门、秦如培")
        #expect(a.map { !r.isFlankedListName($0.text, Span(4, 8), article: $0) } == true)
    }

    @Test func aNameGivenOrTakenAPostIsAName() throws {
        let a = try Fixtures.sentence("会议经表决，免去郑立新的省人大常委会副秘书长职务；任命宋雨桐为副秘书长。")
        #expect(a.names(.person) == ["郑立新", "宋雨桐"])
    }
}
