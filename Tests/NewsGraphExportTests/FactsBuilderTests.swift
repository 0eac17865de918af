import Testing
import NewsGraphModel
import NewsGraphPipeline
@testable import NewsGraphExport

@Suite struct FactsBuilderTests {
    func facts(_ text: String) throws -> ArticleFacts {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText(text), encoding: "UTF-8",
                           issue: IssueInfo(date: SimpleDate(iso: "2022-06-17"), dateSource: .flag))
        try Pipeline.standard().run(&doc)
        return FactsBuilder.facts(of: doc.articles[0], in: doc)
    }

    @Test func aBodyPrintedOnlyInAPostIsNotListed() throws {
        let f = try facts("省委书记景俊海会见中国核工业集团党组书记、董事长余剑锋一行。")
        #expect(!f.organizations.contains("省委"))
        #expect(f.organizations.contains("中国核工业集团"))
    }

    @Test func anOrganAsTheSeatOfAPostIsPartOfThePostAndACompanyIsABody() throws {
        let f = try facts("县人民检察院检察长郑国栋、长江电力股份有限公司董事长宋雨桐出席签约仪式。")
        #expect(!f.organizations.contains("县人民检察院"))
        #expect(f.organizations.contains("长江电力股份有限公司"))
        #expect(f.persons.first { $0.name == "郑国栋" }?.titles == ["县人民检察院检察长"])
    }

    @Test func aBodyPrintedOnItsOwnIsListed() throws {
        let f = try facts("省委书记景俊海主持召开省委常委会会议。会议传达学习党中央精神，要求省委各部门抓好落实。")
        #expect(f.organizations.contains("省委"))
    }

    @Test func personsCarryThePostsPrintedBesideThem() throws {
        let f = try facts("省委副书记、省长韩俊主持会议。")
        #expect(f.persons.first { $0.name == "韩俊" }?.titles == ["省委副书记", "省长"])
    }

    /// A body inside a meeting's name (十三届全国人大|五次会议) or in a credit line after the body is no
    /// organisation the article names.
    @Test func bodiesInMeetingNamesAndCreditLinesAreNotListed() throws {
        let f = try facts("十三届全国人大五次会议今天在北京开幕。省委书记景俊海出席。")
        #expect(!f.organizations.contains { $0.contains("全国人大") })
        var article = Article(ordinal: 1, pageSpan: Span(0, 0), text: ScalarText("会议听取省畜牧局汇报。\n来源：吉林广播电视台"),
                              display: ScalarText(""), pageOffsets: [], bodyLength: 11)
        article.mentions = [
            Mention(kind: .organization, span: Span(4, 8), text: "省畜牧局", rule: "org.suffix"),
            Mention(kind: .organization, span: Span(15, 22), text: "吉林广播电视台", rule: "org.suffix"),
        ]
        let stored = FactsBuilder.facts(id: "1", source: "s", issueDate: nil, headline: nil, text: nil, mentions: article.mentions,
                                        meetings: [], relations: [], bodyLength: article.bodyLength)
        #expect(stored.organizations == ["省畜牧局"])
    }

    @Test func aDepartmentIsListedWithItsParentUnlessItIsTheSeatOfAPost() throws {
        let f = try facts("会上，湖南省委组织部负责同志汇报了工作。某某集团人力资源部保险管理员王小红介绍了情况。")
        #expect(f.organizations.contains("湖南省委组织部"))
        #expect(!f.organizations.contains("湖南省委"))
        #expect(!f.organizations.contains("某某集团人力资源部"))
    }
}

extension FactsBuilderTests {
    @Test func aPartysCommitteeIsListedAsTheSeatOfAPost() throws {
        let f = try facts("民盟省委副主委郑国栋发言。")
        #expect(f.organizations.contains("民盟省委"))
        #expect(f.persons.first { $0.name == "郑国栋" }?.titles == ["民盟省委副主委"])
    }

    /// A post someone is given or leaves in the article is a change of post, not a title printed
    /// with the name (the annotation guide); a post printed beside the name still is.
    @Test func postsGivenOrLeftAreNoTitles() throws {
        let f = try facts("上级决定：王国平同志不再兼任河北省委书记、常委、委员职务，李建华同志任河北省委书记。副省长李建华讲话。")
        #expect(f.persons.first { $0.name == "王国平" }?.titles == [])
        #expect(f.persons.first { $0.name == "李建华" }?.titles == ["副省长"])
    }
}
