import Testing
import NewsGraphModel
import NewsGraphPipeline
@testable import NewsGraphExport

@Suite struct FactsBuilderBookTitlesTests {
    @Test func titlesAreFoundOutermostAndAnUnclosedOneEndsAtItsLine() {
        #expect(FactsBuilder.bookTitleSpans("通过《甲〈乙〉丙》和《丁》。") == [Span(2, 9), Span(10, 13)])
        #expect(FactsBuilder.bookTitleSpans("见《甲乙\n丙》") == [Span(1, 4)])
    }

    @Test func aBodyOnlyInsideATitleIsNotListed() throws {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText("会议审议通过了《长河市人民政府关于促进消费的若干措施》。"), encoding: "UTF-8",
                           issue: IssueInfo(date: SimpleDate(iso: "2022-06-17"), dateSource: .flag))
        try Pipeline.standard().run(&doc)
        #expect(doc.articles[0].mentions(of: .organization).contains { $0.text == "长河市人民政府" })
        #expect(!FactsBuilder.facts(of: doc.articles[0], in: doc).organizations.contains("长河市人民政府"))
    }
}
