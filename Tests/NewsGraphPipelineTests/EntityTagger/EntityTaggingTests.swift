import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct EntityTaggingTests {
    @Test func theTaggersSpansAreKeptWithArticleOffsets() throws {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText("天气晴。交通运输部副部长郑国栋出席。"), encoding: "UTF-8", issue: IssueInfo())
        try Pipeline([Normalizer(), SingleArticle(), SentenceSplitter(), EntityTagging(model: Fixtures.model)]).run(&doc)
        let a = doc.articles[0]
        let found = a.tagged.map { (a.text.string($0.span), $0.kind) }
        #expect(found.contains { $0 == ("交通运输部", .organization) })
        #expect(found.contains { $0 == ("郑国栋", .person) })
        #expect(a.tagged.allSatisfy { $0.margin > 0 })
        #expect(doc.layers.contains(.tagged))
    }

    @Test func theNameRecognizerNeedsTheTaggersSpans() {
        #expect(throws: NewsGraphError.self) {
            try Pipeline([Normalizer(), SingleArticle(), SentenceSplitter(), ModelNameRecognizer(lexicon: .shared, model: Fixtures.model)])
        }
    }
}
