import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct NormalizerPunctuationTests {
    @Test func halfWidthSignsBetweenChineseWordsReadFullWidth() {
        let page = Normalizer().normalize(ScalarText("会议指出,要抓好落实;会议强调:各地要行动起来!"))
        #expect(page.text.description.hasPrefix("会议指出，要抓好落实；会议强调：各地要行动起来！"))
        // The display text keeps what the page printed, offset for offset.
        #expect(page.display.description.hasPrefix("会议指出,要抓好落实;"))
        #expect(page.text.count == page.display.count)
    }

    @Test func signsInNumbersAndLatinTextStay() {
        let page = Normalizer().normalize(ScalarText("共投资1,000万元,会议于10:30开始。Mr. Li, Mr. Wang出席。"))
        #expect(page.text.description.hasPrefix("共投资1,000万元，会议于10:30开始。Mr. Li, Mr. Wang出席。"))
    }
}
