import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorStatementsTests {
    func reported(_ text: String) throws -> [String] {
        try Fixtures.sentence(text).relations.filter { $0.kind == .reported && $0.rule == "role.reported" }.compactMap(\.subject?.name)
    }

    @Test func bodiesThatReportAtAMeetingAreReported() throws {
        #expect(try reported("县政府常务会议今天召开。会上，县财政局、县教育局作了汇报。") == ["县财政局", "县教育局"])
    }

    @Test func whatTheMeetingSaidIsNoReport() throws {
        #expect(try reported("县政府常务会议今天召开。会议指出，县财政局、县教育局要及时汇报进展。").isEmpty)
        #expect(RelationExtractor.isMeetingsStatement(ScalarText("  会议认为，…"), sentence: Span(0, 7)))
    }

    @Test func anExhortationIsNoReport() throws {
        #expect(try reported("县政协常委会会议今天召开。会上，县财政局、县教育局要积极建言献策。").isEmpty)
    }

    @Test func aBriefingMeetingIsNoReport() throws {
        #expect(try reported("考察团到县人民医院考察，并召开情况通报会。").isEmpty)
    }
}
