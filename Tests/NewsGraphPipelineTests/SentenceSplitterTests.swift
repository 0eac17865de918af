import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct SentenceSplitterTests {
    /// The sentences of `text` as strings.
    func sentences(_ text: String) -> [String] {
        let t = ScalarText(text)
        return SentenceSplitter().split(t).sentences.map { t.string($0) }
    }

    @Test func endsSentencesAtFullStopsExclamationsAndQuestions() {
        #expect(sentences("会议指出，要稳字当头。全力推动经济增长！怎样落实？") == ["会议指出，要稳字当头。", "全力推动经济增长！", "怎样落实？"])
        #expect(sentences("真的吗？！是的。") == ["真的吗？！", "是的。"])
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() {
        #expect(sentences("张晶璐说：“这笔补助及时缓解了企业的压力。”一汽集团也收到了补助。")
                == ["张晶璐说：“这笔补助及时缓解了企业的压力。”", "一汽集团也收到了补助。"])
        #expect(sentences("（2022年6月16日通过。）全会认为。") == ["（2022年6月16日通过。）", "全会认为。"])
    }

    @Test func aSemicolonEndsASentenceOnlyOutsideQuotations() {
        #expect(sentences("一要强化主体责任；二要强化指导服务。") == ["一要强化主体责任；", "二要强化指导服务。"])
        #expect(sentences("他强调：“一要强化主体责任；二要强化指导服务。”会议结束。")
                == ["他强调：“一要强化主体责任；二要强化指导服务。”", "会议结束。"])
    }

    @Test func linesAreParagraphsAndSentencesNeverCrossThem() {
        let text = ScalarText("惠民生增福祉暖民心\n\n  稳定就业。筑牢民生之本\n最后一段。")
        let (paragraphs, spans) = SentenceSplitter().split(text)
        #expect(paragraphs.map { text.string($0) } == ["惠民生增福祉暖民心", "  稳定就业。筑牢民生之本", "最后一段。"])
        #expect(spans.map { text.string($0) } == ["惠民生增福祉暖民心", "稳定就业。", "筑牢民生之本", "最后一段。"])
        // Leading spaces are not part of a sentence; spans are ordered and disjoint.
        #expect(spans[1].start == 13)
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(SentenceSplitter().split(ScalarText("")).sentences.isEmpty)
        #expect(SentenceSplitter().split(ScalarText("\n\n  \n")).sentences.isEmpty)
        #expect(SentenceSplitter().split(ScalarText("\n\n  \n")).paragraphs.map(\.length) == [2])
    }

    @Test func theDatelineIsASentenceOfItsOwn() throws {
        let a = try Fixtures.sentence("本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊调度全省畜禽粪污资源化利用情况。他强调，要抓好落实。")
        #expect(a.sentences.map { a.text.string($0) } == [
            "本报6月16日讯（记者于小博）", "今天，省委副书记、省长韩俊调度全省畜禽粪污资源化利用情况。", "他强调，要抓好落实。",
        ])
        #expect(a.paragraphs == [Span(0, a.text.count)])
    }
}
