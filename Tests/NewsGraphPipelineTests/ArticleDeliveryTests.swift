import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct ArticleDeliveryTests {
    func article(_ body: String) -> Article {
        let text = ScalarText(body)
        return Article(ordinal: 1, pageSpan: Span(0, text.count), text: text, display: text,
                       pageOffsets: Array(0..<text.count), bodyLength: text.count)
    }

    @Test func theOccasionDateAndSpeakerOfAReportPrintedInFull() {
        let a = article("——在政协吉林省第十三届委员会第一次会议上\n(2023年1月14日)\n江泽林\n各位委员：")
        #expect(a.occasionLine.map { a.text.string($0) } == "——在政协吉林省第十三届委员会第一次会议上")
        #expect(a.signatureLine.map { a.text.string($0) } == "江泽林")
        let undated = article("——在全省经济工作会议上\n张三\n同志们：")
        #expect(undated.signatureLine.map { undated.text.string($0) } == "张三")
    }

    @Test func anOrdinaryArticleHasNoDeliveryBlock() {
        let a = article("6月16日，省政府召开常务会议。\n会议指出，要稳增长。")
        #expect(a.occasionLine == nil)
        #expect(a.signatureLine == nil)
    }
}
