import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorTests {
    /// The opening of a provincial people's congress (dev corpus): the executive chair who declares it
    /// open presides, the governor who delivers the government work report reports, and what he 说 next
    /// is the report, not a speech.
    static let congressOpening = "吉林省第十三届人民代表大会第五次会议24日上午在长春开幕。"
        + "大会执行主席景俊海、高广滨、田锦尘在主席台前排就座。省委副书记、省长韩俊，省政协主席江泽林在主席台就座。"
        + "上午9时，景俊海宣布大会开幕。韩俊代表吉林省人民政府向大会作政府工作报告。韩俊说，过去的一年极不平凡。"

    @Test func whoDeclaresASessionOpenPresidesAndIsNotAnAttendee() throws {
        let a = try Fixtures.sentence(Self.congressOpening, issueDate: "2022-01-25")
        #expect(a.role(.presided) == ["景俊海"])
        #expect(!a.role(.attended).contains("景俊海"))
        #expect(a.role(.attended) == ["高广滨", "田锦尘", "韩俊", "江泽林"])
        #expect(a.relations.contains { $0.kind == .presided && $0.rule == "role.presided.opening" })
    }

    @Test func theWorkReportIsReportedAndItsContentIsNoSpeech() throws {
        let a = try Fixtures.sentence(Self.congressOpening, issueDate: "2022-01-25")
        #expect(a.role(.reported) == ["韩俊"])
        #expect(a.role(.spoke).isEmpty)
    }

    @Test func whatOneWhoDidNotReportSaysIsASpeech() throws {
        let a = try Fixtures.sentence("省委副书记、省长韩俊主持召开省政府常务会议。韩俊说，要抓好粮食生产。")
        #expect(a.role(.spoke) == ["韩俊"])
        #expect(a.relations.contains { $0.kind == .spoke && $0.rule == "role.spoke.said" })
    }
}
