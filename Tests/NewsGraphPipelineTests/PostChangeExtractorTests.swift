import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PostChangeExtractorTests {
    @Test func appointmentsAndDeparturesOfPosts() throws {
        let a = try Fixtures.sentence("中央组织部部长陈希宣布中央决定：刘国中同志不再兼任陕西省委书记、常委、委员职务，赵一德同志任陕西省委书记。",
                                      issueDate: "2022-11-28")
        let changes = a.relations.filter { $0.rule.hasPrefix("post.") }
        let ended = changes.filter { $0.rule == "post.ended" && $0.subject?.name == "刘国中" }.map(\.object.name)
        let appointed = changes.filter { $0.rule == "post.appointed" && $0.subject?.name == "赵一德" }.map(\.object.name)
        #expect(ended == ["陕西省委书记", "常委", "委员"])
        #expect(appointed == ["陕西省委书记"])
        #expect(changes.allSatisfy { $0.date == SimpleDate(year: 2022, month: 11, day: 28) })
    }

    @Test func aNounAfterANameIsNoAppointment() throws {
        let a = try Fixtures.sentence("会议宣读了关于长春市委主要负责同志任职的决定，省委书记景俊海出席会议并讲话。")
        #expect(a.relations.filter { $0.rule.hasPrefix("post.") }.isEmpty)
    }
}
