import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct MeetingRecognizerRelayingTests {
    @Test func aMeetingNamedByTheSpiritItRelaysStartsAtTheVerb() throws {
        let a = try Fixtures.sentence("今天，传达县第三次党代会和县人大三届二次会议精神大会在县城召开。县委书记郑国栋出席会议并讲话。")
        let names = a.meetings.map(\.name)
        #expect(names.first == "传达县第三次党代会和县人大三届二次会议精神大会")
        // The meetings relayed are meetings of their own.
        #expect(names.contains("县人大三届二次会议"))
        #expect(a.meetings.first { $0.isMain }?.name == names.first)
    }

    @Test func aSpiritStudiedWithoutARelayingVerbKeepsTheShorterName() {
        let t = ScalarText("会议围绕县人大会议精神座谈会")
        #expect(MeetingRecognizer.relayingStart(t, stemStart: 4, wordStart: 12) == nil)
        #expect(!MeetingRecognizer.isRelaying("县人大会议精神座谈会"))
    }
}
