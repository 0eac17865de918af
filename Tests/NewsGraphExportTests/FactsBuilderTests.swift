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

    @Test func aBodyPrintedOnItsOwnIsListed() throws {
        let f = try facts("省委书记景俊海主持召开省委常委会会议。会议传达学习党中央精神，要求省委各部门抓好落实。")
        #expect(f.organizations.contains("省委"))
    }

    @Test func personsCarryThePostsPrintedBesideThem() throws {
        let f = try facts("省委副书记、省长韩俊主持会议。")
        #expect(f.persons.first { $0.name == "韩俊" }?.titles == ["省委副书记", "省长"])
    }
}
