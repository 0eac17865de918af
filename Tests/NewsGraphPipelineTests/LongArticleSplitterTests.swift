import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct LongArticleSplitterTests {
    func document(_ text: String) throws -> Document {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText(text), encoding: "UTF-8", issue: IssueInfo())
        try Pipeline([Normalizer(), SingleArticle(), LongArticleSplitter(limit: 300)]).run(&doc)
        return doc
    }

    @Test func aLongArticleIsCutAtSentenceEndsIntoPartsWithinTheLimit() throws {
        let sentence = "县里召开秋粮收购工作会议，研究部署下一阶段重点工作。"   // 26 characters
        let doc = try document(String(repeating: sentence, count: 40))
        #expect(doc.articles.count == 4)
        #expect(doc.articles.map(\.ordinal) == [1, 2, 3, 4])
        #expect(doc.articles.allSatisfy { $0.text.count <= 300 })
        #expect(doc.articles.dropLast().allSatisfy { $0.text.scalars.last == "。" })
        // Nothing is lost or doubled, and offsets still point into the page.
        #expect(doc.articles.map(\.text.description).joined() == String(repeating: sentence, count: 40))
        let page = try #require(doc.page)
        for a in doc.articles {
            for k in [0, a.text.count - 1] { #expect(page.text[a.pageOffsets[k]] == a.text[k]) }
        }
    }

    @Test func anArticleWithinTheLimitIsLeftAsItIs() throws {
        let doc = try document("县里召开秋粮收购工作会议。")
        #expect(doc.articles.count == 1)
        #expect(doc.articles[0].text.description == "县里召开秋粮收购工作会议。")
    }

    @Test func withoutSentenceEndsThePartsEndAtTheLimit() throws {
        let doc = try document(String(repeating: "秋粮收购", count: 200))
        #expect(doc.articles.map(\.text.count) == [300, 300, 200])
    }
}
