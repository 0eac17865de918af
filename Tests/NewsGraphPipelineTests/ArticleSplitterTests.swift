import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct ArticleSplitterTests {
    @Test func splitsTheSeedPageIntoItsFiveArticlesInPrintedOrder() throws {
        let doc = try Fixtures.analysed(Fixtures.seedPage)
        #expect(doc.articles.count == 5)
        let a = doc.articles
        #expect(a[0].headline == "我省社保助企纾困政策快速落位 已释放红利近75亿元")
        #expect(a[0].kicker == "坚定不移稳增长")
        #expect(a[0].dateline?.reporters == ["万双"])
        #expect(a[1].headline == nil)
        #expect(a[1].dateline?.date == SimpleDate(year: 2022, month: 6, day: 16))
        #expect(a[2].headline == "惠民生增福祉暖民心")
        #expect(a[2].continuedFromPage == 1)
        #expect(a[2].subheads.contains("稳定就业，筑牢民生之本"))
        #expect(a[3].headline == "省委十一届十一次全会决议")
        #expect(a[3].adoptionLine == "（2022年6月16日中国共产党吉林省第十一届委员会第十一次全体会议通过）")
        #expect(a[4].headline == "韩俊主持召开省政府常务会议 坚定信心狠抓落实 全力推动全省经济加快恢复增长")
        #expect(doc.issue.date == SimpleDate(year: 2022, month: 6, day: 17))
        #expect(doc.issue.dateSource == .inferred)
    }

    @Test func aPageCutOffInAListOfGuestsKeepsTheListInTheBody() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.txt")
        let list = "长河旅游协会会长郑国栋、远山旅游组织荣誉秘书长宋雨桐、某某自治区副主席"
        try "长河博览会开幕\n\n本报讯 12月15日，长河博览会开幕式在长春举行。\n\n\(list)".write(to: page, atomically: true, encoding: .utf8)
        let doc = try Fixtures.analysed(page.path)
        #expect(doc.articles.count == 1)
        #expect(doc.articles.first?.body.hasSuffix(list) == true)
        // A line that stops on a word no headline ends with is cut off too.
        try "长河博览会开幕\n\n本报讯 12月15日，长河博览会开幕式在长春举行。\n\n宋雨桐感谢长河省委、省政府对".write(to: page, atomically: true, encoding: .utf8)
        #expect(try Fixtures.analysed(page.path).articles.first?.body.hasSuffix("省政府对") == true)
        // A short line at the end of a page is still no paragraph of it.
        try "长河博览会开幕\n\n本报讯 12月15日，长河博览会开幕式在长春举行。\n\n责任编辑郑国栋".write(to: page, atomically: true, encoding: .utf8)
        #expect(try Fixtures.analysed(page.path).articles.first?.body.contains("责任编辑") == false)
    }

    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/seed-gold.jsonl"))
    func matchesTheSeedGoldHeadlinesDatelinesAndOpenings() throws {
        let doc = try Fixtures.analysed(Fixtures.seedPage)
        let gold = try String(contentsOf: Fixtures.shared.appendingPathComponent("seed-gold.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(gold.count == doc.articles.count)
        func squeeze(_ s: String) -> String { s.filter { !$0.isWhitespace } }
        for (g, article) in zip(gold, doc.articles) {
            #expect((g["headline"] as? String) == article.headline)
            #expect(squeeze(article.body).hasPrefix(squeeze(g["starts_with"] as! String)), "article \(article.ordinal)")
            if let dateline = g["dateline"] as? [String: Any] {
                #expect(article.dateline?.reporters == dateline["reporters"] as? [String])
                #expect(article.dateline?.date?.iso == dateline["date"] as? String)
            } else {
                #expect(article.dateline == nil)
            }
        }
    }

    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func webPageKeepsNavigationAndCreditsOutOfTheBody() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("jilin-daily/2021-04-23/01-jing-han-meet-audi-china.txt"))
        #expect(doc.articles.count == 1)
        let article = doc.articles[0]
        #expect(article.headline == "携手推动项目建设 打造共赢合作典范 景俊海韩俊一起会见奥迪中国总裁安世豪")
        #expect(article.dateline?.reporters == ["黄鹭"])
        #expect(article.body.hasPrefix("吉林日报4月22日讯(记者黄鹭)今天"))
        #expect(!article.body.contains("您当前的位置"))
        #expect(!article.body.contains("编辑"))
        #expect(article.text.description.contains("编辑： 郭龙"))
    }

    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func traditionalPageWithPinyinIsSimplifiedForTheStages() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("jilin-daily/2023-05-10/01-hu-grain-project-meeting.txt"))
        let article = try #require(doc.articles.first)
        #expect(article.headline == "吉林召开“千亿斤粮食”产能建设工程专题会议")
        #expect(article.body.contains("省委副书记、省长胡玉亭主持召开“千亿斤粮食”产能建设工程专题会议"))
        #expect(article.display.description.contains("省委副書記、省長胡玉亭"))
        #expect(doc.issue.paper == nil || doc.issue.date == SimpleDate(year: 2023, month: 5, day: 10))
    }

    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func televisionReportWithSectionTitleAndTimestamp() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("jilin-tv/2021-11-25/01-npc-standing-committee-31st-session.txt"))
        let article = try #require(doc.articles.first)
        #expect(article.headline == "省十三届人大常委会第三十一次会议闭幕")
        #expect(article.body.hasPrefix("省十三届人大常委会第三十一次会议在完成各项议程后"))
        #expect(doc.issue.paper == "jilin-tv")
        #expect(doc.issue.date == SimpleDate(year: 2021, month: 11, day: 25))
    }

    /// A report printed in full: the headline is its title; the delivery block (occasion, date,
    /// speaker) opens the body, where the recognisers read it.
    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func theDeliveryBlockOfAReportOpensTheBody() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("jilin-daily/2023-01-31/01-cppcc-standing-committee-report.txt"))
        let article = try #require(doc.articles.first { $0.body.hasPrefix("——在") })
        #expect(article.headline == "中国人民政治协商会议吉林省委员会常务委员会工作报告")
        #expect(article.body.hasPrefix("——在政协吉林省第十三届委员会第一次会议上\n(2023年1月14日)\n江泽林\n"))
    }

    /// Dev corpus: a site's section menu between the title and the body is not the headline.
    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func aSectionMenuIsNotTheHeadline() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("jilin-daily/2021-11-24/01-project-construction-review-2021.txt"))
        #expect(doc.articles.first?.headline == "春华秋实谱新篇——我省项目建设亮点综述")
    }

    /// Dev corpus: a page that prints only its original title has it as the headline.
    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func theOriginalTitleStandsInForAMissingHeadline() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("anhui/2023-07-14/01-anhui-delegation-zhejiang-han-jun.txt"))
        #expect(doc.articles.first?.headline?.hasPrefix("深入推进浙皖交流合作 全力落实重大国家战略") == true)
    }
}
