import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct IssuePathParserTests {
    @Test func paperAndDateFromThePath() {
        let issue = IssuePathParser.issue(fromPath: "corpus/jilin-daily/2022-05-09/01-han.txt")
        #expect(issue?.paper == "jilin-daily")
        #expect(issue?.date == SimpleDate(year: 2022, month: 5, day: 9))
        #expect(issue?.dateSource == .path)
        #expect(IssuePathParser.issue(fromPath: "/work/shared/corpus/henan/2022-05-12/01.txt")?.paper == "henan")
        #expect(IssuePathParser.issue(fromPath: "jilin-daily/2022-05-09/extra/01.txt")?.date == SimpleDate(year: 2022, month: 5, day: 9))
    }

    @Test func anUndatedFolderGivesThePaperOnly() {
        let issue = IssuePathParser.issue(fromPath: "jilin-daily/undated/03.txt")
        #expect(issue?.paper == "jilin-daily")
        #expect(issue?.date == nil)
        #expect(issue?.dateSource == nil)
    }

    @Test func otherPathsSayNothing() {
        for path in ["seeds/000_c5d73bdcbf217987.txt", "page.txt", "2022-05-09/01.txt", "jilin-daily/2022-5-9/01.txt",
                     "jilin-daily/2022-13-09/01.txt", "jilin-daily/01.txt"] {
            #expect(IssuePathParser.issue(fromPath: path) == nil, "\(path)")
        }
    }

    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func aCorpusPageIsReadWithItsPaperAndDate() throws {
        let doc = try DocumentReader().read(path: Fixtures.corpus("jilin-tv/2021-11-25/01-npc-standing-committee-31st-session.txt"))
        #expect(doc.issue.paper == "jilin-tv")
        #expect(doc.issue.date == SimpleDate(year: 2021, month: 11, day: 25))
        #expect(doc.issue.dateSource == .path)
    }
}
