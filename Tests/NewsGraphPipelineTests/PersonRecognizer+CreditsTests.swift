import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PersonRecognizerCreditsTests {
    @Test func theReportersAfterASourceLinesOutletAreNames() {
        let p = PersonRecognizer(lexicon: .shared)
        let line = ScalarText("来源: 某某日报客户端  郑国栋 宋雨桐 周立新")
        let names = p.sourceLineNames(line, Span(0, line.count)).map { line.string($0) }
        #expect(names == ["郑国栋", "宋雨桐", "周立新"])
        // A source line with words that are no names, or with the outlet alone, gives none.
        let plain = ScalarText("来源: 某某日报 新闻中心")
        #expect(p.sourceLineNames(plain, Span(0, plain.count)).isEmpty)
        let outlet = ScalarText("来源：某某日报")
        #expect(p.sourceLineNames(outlet, Span(0, outlet.count)).isEmpty)
    }

    @Test func theSourceLinesReportersAreFoundOnAWholePage() throws {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText("某某考察团到某省考察\n\n来源: 某某日报客户端  郑国栋 宋雨桐\n\n本报讯 10月15日，副主席刘一率考察团到我省考察。\n"),
                           encoding: "UTF-8", issue: IssueInfo())
        try Pipeline.standard().run(&doc)
        let names = doc.articles.flatMap { $0.mentions(of: .person).map(\.name) }
        #expect(names.contains("郑国栋") && names.contains("宋雨桐"))
    }
}
