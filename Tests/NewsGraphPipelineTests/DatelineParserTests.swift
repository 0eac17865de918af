import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct DatelineParserTests {
    func parse(_ text: String, at offset: Int = 0) -> Dateline? {
        DatelineParser.parse(ScalarText(text), at: offset)
    }

    @Test func ownPaperWithoutDate() throws {
        let text = "本报讯（记者万双）自3月疫情发生以来，"
        let dl = try #require(parse(text))
        #expect(dl.agency == "本报")
        #expect(dl.date == nil)
        #expect(dl.place == nil)
        #expect(dl.reporters == ["万双"])
        #expect(dl.text == "本报讯（记者万双）")
        #expect(dl.span == Span(0, 9))
        #expect(DatelineParser.matchesStart(ScalarText(text)))
    }

    @Test func ownPaperWithASpacedDateAfterReflow() throws {
        let page = Normalizer().normalize(ScalarText("本报 6 月 16 日讯（记者于小博）今天，省委副书记、省长韩俊调度全省畜禽粪污资源化利用情况。"))
        #expect(page.text.description.hasPrefix("本报6月16日讯（记者于小博）今天"))
        let dl = try #require(DatelineParser.parse(page.text, at: 0))
        #expect(dl.agency == "本报")
        #expect(dl.date == SimpleDate(year: nil, month: 6, day: 16))
        #expect(dl.reporters == ["于小博"])
        #expect(dl.text == "本报6月16日讯（记者于小博）")
        #expect(page.text.string(dl.span) == dl.text)
    }

    @Test func newsAgencyWithPlaceDateAndTwoReporters() throws {
        let dl = try #require(parse("新华社北京6月16日电（记者 张三 李四）国务院总理主持召开国务院常务会议。"))
        #expect(dl.agency == "新华社")
        #expect(dl.place == "北京")
        #expect(dl.date == SimpleDate(year: nil, month: 6, day: 16))
        #expect(dl.reporters == ["张三", "李四"])
        #expect(dl.text == "新华社北京6月16日电（记者 张三 李四）")
    }

    @Test func aPaperNamedByItselfWithASCIIParentheses() throws {
        let dl = try #require(parse("吉林日报4月22日讯(记者黄鹭)今天,省委书记景俊海会见奥迪中国总裁。"))
        #expect(dl.agency == "吉林日报")
        #expect(dl.place == nil)
        #expect(dl.date == SimpleDate(year: nil, month: 4, day: 22))
        #expect(dl.reporters == ["黄鹭"])
        #expect(dl.text == "吉林日报4月22日讯(记者黄鹭)")
    }

    @Test func roleWordsAndSeparatorsLeaveOnlyTheNames() throws {
        let dl = try #require(parse("本报讯（通讯员 王小明、见习记者李华/实习生赵一鸣）"))
        #expect(dl.reporters == ["王小明", "李华", "赵一鸣"])
        #expect(DatelineParser.names(in: "记者 欧阳小雪 摄") == ["欧阳小雪"])
    }

    @Test func aDatelineWithoutBylineAndOneAtAnOffset() throws {
        let bare = try #require(parse("本报6月16日讯 今天，全省召开会议。"))
        #expect(bare.reporters.isEmpty)
        #expect(bare.text == "本报6月16日讯")
        let text = "标题\n本报讯（记者万双）正文。"
        let inner = try #require(parse(text, at: 3))
        #expect(inner.span == Span(3, 12))
        #expect(inner.reporters == ["万双"])
        #expect(parse(text, at: 0) == nil)
    }

    @Test func runningTextIsNotADateline() {
        #expect(parse("今天，省委副书记、省长韩俊主持召开省政府常务会议。") == nil)
        #expect(parse("本报记者从省人社厅获悉，") == nil)
        #expect(parse("6月16日讯") == nil)
        #expect(parse("本报13月16日讯（记者万双）") == nil)
        #expect(!DatelineParser.matchesStart(ScalarText("新华社记者近日走访了长春。")))
    }

    @Test func bylineNamesLeaveTheOutletAndJoinALetterSpacedName() {
        #expect(DatelineParser.names(in: "某某日报记者 姜 璐 王文鑫") == ["姜璐", "王文鑫"])
        #expect(DatelineParser.names(in: "特派记者李青") == ["李青"])
    }
}
