import NewsGraphModel
import NewsGraphPipeline
import NewsGraphStore
import Testing

@Suite("GraphStore pages")
struct GraphStorePagesTests {
    @Test("an article is found by its key, and text that is not a key finds nothing")
    func articleByKey() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument(hash: "aaaaaaaaaaaaaaaa"))
            _ = try store.ingest(Fixtures.meetingDocument(path: "b.txt", hash: "bbbbbbbbbbbbbbbb", body: "全省防汛工作会议在长春召开。"))
            let all = try store.articles()
            #expect(Set(all.map(\.key)) == ["aaaaaaaaaaaa-0", "bbbbbbbbbbbb-0"])
            for row in all {
                #expect(try store.article(key: row.key) == row)
            }
            #expect(try store.article(key: "bbbbbbbbbbbb-1") == nil)
            #expect(try store.article(key: "bbbbbbbbbbbb") == nil)
            #expect(try store.article(key: "韩俊") == nil)
        }
    }

    @Test("an article's mentions come in text order with their entities' qualified keys")
    func mentions() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let article = try #require(try store.articles().first)
            let mentions = try store.articleMentions(articleId: article.id)
            #expect(mentions.count == Fixtures.meetingMentions)
            #expect(mentions.map(\.span) == mentions.map(\.span).sorted())
            let han = try #require(mentions.first { $0.text == "韩俊" })
            #expect(han.kind == .person && han.entityKind == .person && han.entityKey == "person:韩俊")
            let date = try #require(mentions.first { $0.kind == .date })
            #expect(date.entityKey == nil && date.entityKind == nil && date.name == "6月16日")
            // The anaphor 会议 names its meeting.
            let anaphor = try #require(mentions.last { $0.kind == .meeting })
            #expect(anaphor.text == "会议" && anaphor.name == Fixtures.meetingName)
            #expect(anaphor.entityKey?.hasPrefix("meeting:") == true)
            for m in mentions {
                let text = String(String.UnicodeScalarView(Array(article.text.unicodeScalars)[m.span.start..<m.span.end]))
                #expect(text == m.text)
            }
        }
    }

    @Test("entities by id, and a policy's trace by its key")
    func entityAndPolicy() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let han = try #require(try store.entity(.person, key: "韩俊"))
            #expect(try store.entity(id: han.id) == han)
            #expect(try store.entity(id: 999_999) == nil)
            #expect(try store.policyTrace(key: "无此政策") == nil)
        }
    }

    @Test("a policy's trace by its key is the trace its name finds")
    func policyByKey() throws {
        try Fixtures.withStore { store, _ in
            var document = Document(path: "jilin-daily/2022-05-08/01.txt", contentHash: "p1",
                                    raw: ScalarText("本报5月7日讯 省长韩俊主持召开专题会议，要求加快实施“千亿斤粮食”工程，切实扛稳粮食安全责任。"),
                                    encoding: "UTF-8", issue: IssueInfo(paper: "jilin-daily", date: SimpleDate(iso: "2022-05-08"), dateSource: .flag))
            try Pipeline.standard().run(&document)
            _ = try store.ingest(document)
            let byName = try #require(try store.policyTraces(matching: "千亿斤粮食").first)
            let (kind, key) = try #require(EntityKey.split(qualified: byName.key))
            #expect(kind == .policy)
            #expect(try store.policyTrace(key: key) == byName)
        }
    }
}
