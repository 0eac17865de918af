import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorSittingsTests {
    @Test func theRolesPrintedAfterASittingAreTheSittings() throws {
        let a = try Fixtures.sentence("6月3日上午，长河市政协十二届三次会议举行闭幕会。市政协主席郑国栋主持闭幕会。副主席宋雨桐、王大明在主席台就座。")
        let sitting = try #require(a.meetings.first { $0.name == "闭幕会" })
        let roles = a.relations.filter { [.presided, .attended].contains($0.kind) }
        #expect(!roles.isEmpty)
        #expect(roles.allSatisfy { $0.object == sitting.ref })
    }

    @Test func anotherEventHeldEndsTheSitting() throws {
        let a = try Fixtures.sentence("6月3日上午，长河市政协十二届三次会议举行闭幕会。郑国栋主持。6月4日，郑国栋到长河市调研。宋雨桐参加调研。")
        let sitting = try #require(a.meetings.first { $0.name == "闭幕会" })
        #expect(a.relations.contains { $0.kind == .attended && $0.subject?.name == "宋雨桐" && $0.object != sitting.ref })
    }
}
