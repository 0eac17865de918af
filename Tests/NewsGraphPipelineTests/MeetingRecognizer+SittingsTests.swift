import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct MeetingRecognizerSittingsTests {
    @Test func aSittingHeldIsAnEventBesideItsSession() throws {
        let a = try Fixtures.sentence("6月3日上午，长河市政协十二届三次会议举行闭幕会。")
        #expect(a.meetings.map(\.name).contains("闭幕会"))
        let b = try Fixtures.sentence("6月3日，长河市政协十二届三次会议在长河召开。下午3时，闭幕大会开始。")
        #expect(b.meetings.map(\.name).contains("闭幕大会"))
    }

    @Test func aSittingChairedOrOpenedByItsChairIsHeld() throws {
        let a = try Fixtures.sentence("6月3日，长河市政协十二届五次常委会议开幕。市政协主席郑国栋主持开幕会并讲话。")
        #expect(a.meetings.map(\.name).contains("开幕会"))
        let b = try Fixtures.sentence("6月3日，长河州人大常委会第五次会议在长河召开。第一次全体会议由郑国栋主持。")
        #expect(b.meetings.map(\.name).contains("第一次全体会议"))
    }

    @Test func aSittingOnlyNamedIsNoEvent() throws {
        let a = try Fixtures.sentence("6月3日，长河市政协十二届三次会议在长河召开，会期三天，闭幕会上将表决决议。")
        #expect(!a.meetings.map(\.name).contains("闭幕会"))
    }

    @Test func sittingsAreToldFromNamedMeetings() {
        func meeting(_ name: String) -> Meeting { Meeting(name: name, isMain: false, span: Span(0, 1), rule: "meeting.named") }
        #expect(MeetingRecognizer.isSitting(meeting("第二次全体会议")))
        #expect(MeetingRecognizer.isSitting(meeting("闭幕会")))
        #expect(!MeetingRecognizer.isSitting(meeting("省委十一届三次全体会议")))
    }

    /// A body convening its numbered meeting holds an event named by the body and the number:
    /// 主席团举行第一次会议 → 主席团第一次会议, 某某常委会举行第三次会议 → 某某常委会第三次会议.
    @Test func aBodyConveningItsNumberedMeeting() throws {
        let a = try Fixtures.sentence("1月12日，某某会议主席团举行第一次会议。会议由郑国栋主持。", issueDate: "2023-01-13")
        #expect(a.meetings.map(\.name).contains("主席团第一次会议"))
        let b = try Fixtures.sentence("5月29日，河北省人大常委会举行第三次会议。", issueDate: "2023-05-30")
        #expect(b.meetings.map(\.name) == ["河北省人大常委会第三次会议"])
        // A number alone, convened by no body, stays a sitting of the session named before it.
        let c = try Fixtures.sentence("5月29日，大会举行第三次会议。", issueDate: "2023-05-30")
        #expect(!c.meetings.contains { $0.name.hasSuffix("第三次会议") && $0.name.count > 5 })
    }
}
