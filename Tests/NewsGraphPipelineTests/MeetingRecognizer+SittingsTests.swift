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
}
