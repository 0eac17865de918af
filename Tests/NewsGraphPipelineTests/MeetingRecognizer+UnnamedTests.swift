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
}
