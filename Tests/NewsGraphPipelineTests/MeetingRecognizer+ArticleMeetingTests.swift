import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct MeetingRecognizerArticleMeetingTests {
    /// A body convening a meeting it only calls 会议 reports that meeting, and its chair presides it.
    @Test func aMeetingABodyConvenesUnnamed() throws {
        let a = try Fixtures.sentence("3月5日，某市委常委会召开会议，市委书记郑国栋主持。出席会议的还有宋雨桐、李华。", issueDate: "2023-03-06")
        let main = try #require(a.meetings.first { $0.isMain })
        #expect(main.name == "会议")
        #expect(main.date == SimpleDate(iso: "2023-03-05"))
        let presided = a.relations.filter { $0.kind == .presided && $0.object == main.ref }.compactMap { $0.subject?.name }
        #expect(presided == ["郑国栋"])
    }

    /// 会议 opening a sentence as the subject of its agenda (会议决定…) is the meeting reported.
    @Test func theMeetingAsTheSubjectOfItsAgenda() throws {
        let a = try Fixtures.sentence("会议听取了某某委员会的报告。会议决定任命郑国栋为副市长。")
        #expect(a.meetings.map(\.name) == ["会议"])
        let b = try Fixtures.sentence("会议一致通过了某某决议。")
        #expect(b.meetings.map(\.name) == ["会议"])
    }

    /// A 会议 that is neither convened nor the subject of an agenda is no event; nor is one when a
    /// meeting held is named.
    @Test func noReportedMeetingWithoutAgendaOrWhenOneIsNamed() throws {
        #expect(try Fixtures.sentence("郑国栋说，这次会议很重要。").meetings.isEmpty)
        let b = try Fixtures.sentence("3月5日，某市召开全市经济工作会议。会议指出，要稳增长。")
        #expect(b.meetings.map(\.name) == ["全市经济工作会议"])
    }
}
