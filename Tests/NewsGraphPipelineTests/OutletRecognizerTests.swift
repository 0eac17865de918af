import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct OutletRecognizerTests {
    func outlets(_ text: String) throws -> [String] {
        try Fixtures.sentence(text).mentions(of: .organization).filter { $0.rule == "org.outlet" }.map(\.text)
    }

    @Test func outletsListedAtAnEventAreBodies() throws {
        #expect(try outlets("出席见面会的媒体有：某某晚报、长河日报、远山卫视、中新社等。") == ["某某晚报", "长河日报", "远山卫视", "中新社"])
    }

    @Test func aBranchAndChannelLettersArePartOfTheOutlet() throws {
        #expect(try outlets("长河日报社上海分社、远山广播电视总台北京总站参加。") == ["长河日报社上海分社", "远山广播电视总台北京总站"])
        #expect(try outlets("在回答远山广播电视总台CGTN记者提问时，他说。") == ["远山广播电视总台CGTN"])
    }

    @Test func anOutletPrintedAsTheSourceIsNoBody() throws {
        #expect(try outlets("新华社北京3月5日电 会议在京举行。") == [])
        #expect(try outlets("据长河日报报道，会议在京举行。") == [])
        #expect(try outlets("（长河日报记者 郑国栋）会议在京举行。") == [])
        #expect(try outlets("长河日报·长河客户端讯 会议在京举行。") == [])
        #expect(try outlets("长河日报网消息 会议在京举行。") == [])
        #expect(try outlets("（长河日报全媒体记者 郑国栋）会议在京举行。") == [])
        #expect(try outlets("会议观看了《长河新闻联播》。") == [])
        // The suffix grammar's outlet printed as a credit goes too.
        #expect(try Fixtures.sentence("（长河电视台记者 郑国栋）会议在京举行。").mentions(of: .organization).isEmpty)
    }

    @Test func anEndingThatRunsOnIntoAWordIsNoOutlet() throws {
        #expect(try outlets("各地要及时报告情况，国家通讯社也派员参加。") == [])
    }

    @Test func aReportVerbInsideAnOutletsNameIsNoReport() throws {
        let a = try Fixtures.sentence("省政府召开新闻发布会。长河日报、香港文汇报等媒体参加。")
        #expect(!a.relations.contains { $0.kind == .reported })
    }
}
