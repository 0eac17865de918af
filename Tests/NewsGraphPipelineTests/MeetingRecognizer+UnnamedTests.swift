import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct MeetingRecognizerUnnamedTests {
    @Test func aSymposiumConvenedDuringAVisitIsAnEventOfItsOwn() throws {
        let a = try Fixtures.sentence("6月3日，省委书记郑国栋到长河县调研。郑国栋主持召开座谈会，听取长河县工作汇报。")
        #expect(a.meetings.map(\.name).contains("座谈会"))
        #expect(a.relations.contains { $0.kind == .presided && $0.subject?.name == "郑国栋" && $0.object.name == "座谈会" })
    }

    @Test func aKindThatEndsANamedMeetingIsThatMeeting() throws {
        let a = try Fixtures.sentence("6月3日，长河县民营企业家座谈会在长河召开。郑国栋主持召开座谈会。")
        #expect(!a.meetings.map(\.name).contains("座谈会"))
    }

    /// A symposium opening a clause and convened in it (座谈会在某市召开) is an event of its own; one
    /// only named as the occasion of remarks (座谈会上) is not.
    @Test func aSymposiumConvenedAfterItsName() throws {
        let a = try Fixtures.sentence("3月5日，座谈会在某市召开。郑国栋主持座谈会。", issueDate: "2023-03-06")
        #expect(a.meetings.map(\.name) == ["座谈会"])
        let b = try Fixtures.sentence("3月5日，座谈会上，郑国栋强调要抓落实。", issueDate: "2023-03-06")
        #expect(b.meetings.isEmpty)
    }
}
