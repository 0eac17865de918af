import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct IssueDateResolverTests {
    /// `text` as one article through the text stages, with `issue` as read from flags, index or path.
    func resolved(_ text: String, issue: IssueInfo = IssueInfo()) throws -> Document {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText(text), encoding: "UTF-8", issue: issue)
        try Pipeline([Normalizer(), SingleArticle(), SentenceSplitter(), IssueDateResolver()]).run(&doc)
        return doc
    }

    @Test func aGivenIssueDateIsKeptAndGivesTheDatelineItsYear() throws {
        let doc = try resolved("本报6月16日讯（记者于小博）今天，省长韩俊主持召开会议。",
                               issue: IssueInfo(date: SimpleDate(year: 2022, month: 6, day: 17), dateSource: .index))
        #expect(doc.issue.date == SimpleDate(year: 2022, month: 6, day: 17))
        #expect(doc.issue.dateSource == .index)
        #expect(doc.articles[0].dateline?.date == SimpleDate(year: 2022, month: 6, day: 16))
        #expect(doc.layers.contains(.issueDate))
    }

    @Test func aDatelineOfLateDecemberInAJanuaryIssueBelongsToThePreviousYear() throws {
        let doc = try resolved("本报12月31日讯（记者万双）昨天，全省召开会议。",
                               issue: IssueInfo(date: SimpleDate(year: 2023, month: 1, day: 2), dateSource: .path))
        #expect(doc.articles[0].dateline?.date == SimpleDate(year: 2022, month: 12, day: 31))
    }

    @Test func withoutAnIssueDateTheDayAfterTheLatestDatelineInTheMostPrintedYearIsInferred() throws {
        let doc = try resolved("本报6月16日讯（记者于小博）今天，全会审议通过了2022年6月10日提交的报告，并回顾了2022年5月12日出台的政策和2021年的工作。")
        #expect(doc.issue.date == SimpleDate(year: 2022, month: 6, day: 17))
        #expect(doc.issue.dateSource == .inferred)
        #expect(doc.articles[0].dateline?.date == SimpleDate(year: 2022, month: 6, day: 16))
    }

    @Test func theYearPrintedMostOftenWins() throws {
        let doc = try resolved("本报12月31日讯（记者万双）会议总结了2021年3月1日和2021年9月1日以来的工作，部署2022年1月1日起的任务。")
        #expect(doc.issue.date == SimpleDate(year: 2022, month: 1, day: 1))
        #expect(doc.issue.dateSource == .inferred)
    }

    @Test func nothingIsInferredWithoutAFullDateOrWithoutADateline() throws {
        let noYear = try resolved("本报6月16日讯（记者于小博）今天，省长韩俊主持召开会议。")
        #expect(noYear.issue.date == nil)
        #expect(noYear.issue.dateSource == nil)
        #expect(noYear.articles[0].dateline?.date == SimpleDate(year: nil, month: 6, day: 16))
        let noDateline = try resolved("2022年6月16日，省长韩俊主持召开会议。")
        #expect(noDateline.issue.date == nil)
        #expect(noDateline.layers.contains(.issueDate))
    }

    @Test func theSeedPageIssueIsInferredButAFlagWins() throws {
        #expect(try Fixtures.analysed(Fixtures.seedPage).issue.date == SimpleDate(year: 2022, month: 6, day: 17))
        let flagged = try Fixtures.analysed(Fixtures.seedPage, issue: IssueInfo(date: SimpleDate(year: 2022, month: 6, day: 18), dateSource: .flag))
        #expect(flagged.issue.date == SimpleDate(year: 2022, month: 6, day: 18))
        #expect(flagged.issue.dateSource == .flag)
    }
}
