import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct DateRecognizerTests {
    /// The date mentions of `text` as (text, value, rule).
    func dates(_ text: String, issueDate: String = "2022-06-17") throws -> [(String, String?, String)] {
        try Fixtures.sentence(text, issueDate: issueDate).mentions(of: .date).map { ($0.text, $0.value, $0.rule) }
    }

    @Test func todayAndYesterdayCountFromTheDatelineNotTheIssue() throws {
        let found = try dates("本报6月16日讯（记者于小博）今天，省长韩俊主持召开会议。昨天，全省召开视频会议。")
        #expect(found.map(\.0) == ["6月16日", "今天", "昨天"])
        #expect(found.map(\.1) == ["2022-06-16", "2022-06-16", "2022-06-15"])
        #expect(found.map(\.2) == ["date.printed", "date.relative", "date.relative"])
    }

    @Test func withoutADatelineRelativeDatesCountFromTheIssue() throws {
        let found = try dates("昨天，全省召开视频会议。今日，各地落实。前天已部署。当天完成。")
        #expect(found.map(\.0) == ["昨天", "今日", "前天", "当天"])
        #expect(found.map(\.1) == ["2022-06-16", "2022-06-17", "2022-06-15", "2022-06-17"])
    }

    @Test func aFullDateIsTakenAsPrinted() throws {
        let found = try dates("2022年6月16日，中国共产党吉林省第十一届委员会第十一次全体会议在长春举行。", issueDate: "2023-01-05")
        #expect(found.count == 1)
        #expect(found.first?.0 == "2022年6月16日")
        #expect(found.first?.1 == "2022-06-16")
        #expect(try dates("发布时间：2021-04-23 02:17").first?.1 == "2021-04-23")
    }

    @Test func aMonthAndDayTakeTheYearOfTheIssue() throws {
        #expect(try dates("6月16日，省政府召开常务会议。").map(\.1) == ["2022-06-16"])
        // Long after June in the next year's January issue, the date is last year's.
        #expect(try dates("6月16日，省政府召开常务会议。", issueDate: "2023-01-05").map(\.1) == ["2022-06-16"])
        #expect(try dates("五月九日，省政府召开常务会议。").map { [$0.0, $0.1] } == [["五月九日", "2022-05-09"]])
        #expect(try dates("12月31日前完成。", issueDate: "2023-01-02").map(\.1) == ["2022-12-31"])
    }

    @Test func withoutAnyReferenceDateAPartialDateKeepsMonthAndDay() throws {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText("6月16日，昨天，省政府召开常务会议。"), encoding: "UTF-8", issue: IssueInfo())
        try Pipeline([Normalizer(), SingleArticle(), SentenceSplitter(), IssueDateResolver(), DateRecognizer()]).run(&doc)
        let found = doc.articles[0].mentions(of: .date)
        #expect(found.map(\.text) == ["6月16日", "昨天"])
        // 6月16日 is still June 16 (its year comes later, from the issue or another page); 昨天 is nothing.
        #expect(found.map(\.value) == ["06-16", nil])
    }

    @Test func numbersThatAreNotDatesAreLeftAlone() throws {
        #expect(try dates("13月5日和6月32日都不是日期，1500元也不是。").isEmpty)
        #expect(try dates("惠及5.6万户企业、153万名参保职工。").isEmpty)
    }

    @Test func spansPointAtTheDateInTheArticleText() throws {
        let a = try Fixtures.sentence("会议于2022年6月16日召开。")
        let m = try #require(a.mentions(of: .date).first)
        #expect(m.span == Span(3, 13))
        #expect(a.text.string(m.span) == "2022年6月16日")
    }
}
