import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct CreditRecognizerTests {
    func credited(_ text: String) throws -> [(String, [String])] {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText(text), encoding: "UTF-8", issue: IssueInfo())
        try Pipeline([Normalizer(), SingleArticle(), SentenceSplitter(), PlaceRecognizer(lexicon: .shared),
                      OrganizationRecognizer(lexicon: .shared), TitleRecognizer(lexicon: .shared),
                      PersonRecognizer(lexicon: .shared), CreditRecognizer(lexicon: .shared)]).run(&doc)
        let a = doc.articles[0]
        return a.mentions.filter { $0.rule == "person.credit" }.map { m in
            (m.name, a.relations.filter { $0.kind == .holdsPost && $0.subject?.name == m.name }.map(\.object.name))
        }
    }

    /// Every person of the text with the posts the article gives them, whichever rule found the name.
    func persons(_ text: String) throws -> [(String, [String])] {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText(text), encoding: "UTF-8", issue: IssueInfo())
        try Pipeline([Normalizer(), SingleArticle(), SentenceSplitter(), PlaceRecognizer(lexicon: .shared),
                      OrganizationRecognizer(lexicon: .shared), TitleRecognizer(lexicon: .shared),
                      PersonRecognizer(lexicon: .shared), CreditRecognizer(lexicon: .shared)]).run(&doc)
        let a = doc.articles[0]
        return a.mentions(of: .person).map { m in
            (m.name, a.relations.filter { $0.kind == .holdsPost && $0.subject?.name == m.name }.map(\.object.name))
        }
    }

    @Test func namesAfterACreditWordEachGetItsTitleUntilAnotherCreditWord() throws {
        // A dateline the dateline parser does not read (a space before the closing bracket).
        let found = try credited("县融媒体中心讯(记者 郑国栋 宋雨桐 通讯员 周立新 )今天，全县秋粮收购工作会议召开。")
        #expect(found.map(\.0) == ["郑国栋", "宋雨桐", "周立新"])
        #expect(found.map(\.1) == [["记者"], ["记者"], ["通讯员"]])
    }

    @Test func aWordBeforeAColonLabelsTheNextFieldAndIsNoName() throws {
        let found = try credited("秋收时节话丰收\n作者:郑国栋   发布时间:2021-11-24 07:24   来源:县融媒体中心\n今天，全县秋粮收购工作会议召开。")
        #expect(found.map(\.0) == ["郑国栋"])
    }

    @Test func aWriterBeforeSlashWenAndAPhotographerBeforeSlashSheKeepTheReportersTitle() throws {
        // 记者 甲/文 乙/摄: both are the paper's reporters (`记者 X 摄` is a reporter, the guide says).
        let found = try credited("县融媒体中心讯(记者 郑国栋/文 宋雨桐/摄)今天，全县秋粮收购工作会议召开。")
        #expect(found.map(\.0) == ["郑国栋", "宋雨桐"])
        #expect(found.map(\.1) == [["记者"], ["记者"]])
    }

    @Test func anOutletsReporterWithTheNameRunOnIsCredited() throws {
        let photo = try persons("全县秋粮收购工作会议召开。会议要求抓好落实。县融媒体报记者郑国栋摄\n")
        #expect(photo.map(\.0) == ["郑国栋"])
        #expect(photo.map(\.1) == [["记者"]])
        let lineEnd = try persons("全县秋粮收购工作会议召开。\n县新闻客户端记者宋雨桐\n会议要求抓好落实。")
        #expect(lineEnd.map(\.0) == ["宋雨桐"])
        #expect(lineEnd.map(\.1) == [["记者"]])
        // With words run on after the name, no credit.
        #expect(try credited("县融媒体报记者郑国栋参加了秋粮收购工作会议。").isEmpty)
    }

    @Test func writerAndPhotographerAfterSlashes() throws {
        let found = try credited("文/郑国栋  摄/宋雨桐\n全县秋粮收购工作会议召开。")
        #expect(found.map(\.0) == ["郑国栋", "宋雨桐"])
        #expect(found.allSatisfy { $0.1.isEmpty })
    }

    @Test func aReporterAfterAnOutletOrASentenceEndIsCredited() throws {
        let found = try credited("（县融媒体报记者 郑国栋 宋雨桐）全县秋粮收购工作会议召开。会议要求抓好落实。记者 周立新 摄")
        #expect(found.map(\.0) == ["郑国栋", "宋雨桐"])
        #expect(found.map(\.1) == [["记者"], ["记者"]])
    }

    @Test func aPhotographerFoundByTheCaptionRuleTakesTheCreditsTitle() throws {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText("全县秋粮收购工作会议召开。记者 周立新 摄\n"), encoding: "UTF-8", issue: IssueInfo())
        try Pipeline([Normalizer(), SingleArticle(), SentenceSplitter(), PlaceRecognizer(lexicon: .shared),
                      OrganizationRecognizer(lexicon: .shared), TitleRecognizer(lexicon: .shared),
                      PersonRecognizer(lexicon: .shared), CreditRecognizer(lexicon: .shared)]).run(&doc)
        let a = doc.articles[0]
        #expect(a.mentions(of: .person).map(\.name) == ["周立新"])
        #expect(a.relations.filter { $0.kind == .holdsPost && $0.subject?.name == "周立新" }.map(\.object.name) == ["记者"])
    }

    @Test func aCreditAfterAnAsciiQuestionMarkIsCredited() throws {
        // Pages whose full-width spaces a converter turned into `?` open their credit line with them.
        let found = try credited("??记者 郑国栋 宋雨桐 周立新\n??全县秋粮收购工作会议召开。")
        #expect(found.contains { $0.0 == "宋雨桐" && $0.1 == ["记者"] })
    }

    @Test func aLetterSpacedNameIsOneNameWithoutItsSpace() throws {
        let found = try credited("县融媒体中心讯(记者 周 璐 宋雨桐)今天，全县秋粮收购工作会议召开。")
        #expect(found.map(\.0) == ["周璐", "宋雨桐"])
        #expect(found.map(\.1) == [["记者"], ["记者"]])
    }

    @Test func aCreditWordInRunningTextCreditsNobody() throws {
        #expect(try credited("他在接受记者采访时说，文化建设要抓好落实。").isEmpty)
        #expect(try credited("记者 日前从县里获悉，秋粮收购顺利。").isEmpty)
    }
}
