import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("GraphStore.search")
struct GraphStoreSearchTests {
    @Test("a two-character query scans the text and marks the match")
    func shortQuery() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            _ = try store.ingest(Fixtures.meetingDocument(path: "b.txt", hash: "b", body: "全省防汛工作会议在长春召开。"))
            let hits = try store.search(text: "韩俊")
            #expect(hits.count == 1)
            let hit = try #require(hits.first)
            #expect(hit.headline == "省政府召开常务会议")
            #expect(hit.snippet.contains("【韩俊】"))
            #expect(hit.snippet.hasPrefix("6月16日，省长"))
            #expect(try store.search(text: "长春").count == 1)
            #expect(try store.search(text: "会").count == 2)
            #expect(try store.search(text: "蒙古").isEmpty)
        }
    }

    @Test("a four-character query uses the trigram index")
    func longQuery() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            _ = try store.ingest(Fixtures.meetingDocument(path: "b.txt", hash: "b", body: "全省防汛工作会议在长春召开。"))
            let hits = try store.search(text: "第14次常务")
            #expect(hits.count == 1)
            #expect(hits.first?.snippet.contains("【第14次常务】") == true)
            // Both headlines say 常务会议; the body of b.txt does not, so its snippet is its headline.
            let both = try store.search(text: "常务会议").map(\.snippet)
            #expect(both.count == 2)
            #expect(both.contains("省政府召开【常务会议】"))
            #expect(both.contains { $0.hasPrefix("…") && $0.contains("第14次【常务会议】并讲话") })
            #expect(try store.search(text: "防汛工作").map(\.snippet) == ["全省【防汛工作】会议在长春召开。"])
            // The FTS table itself answers, so the path is the index, not a scan.
            let id = try #require(try store.search(text: "防汛工作").first?.articleId)
            let fts = try store.readOnlyQuery(sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH '\"防汛工作\"'")
            #expect(fts.rows == [["\(id)"]])
            #expect(try store.search(text: "常务工作").isEmpty)
        }
    }

    @Test("a match in the headline only gives a headline snippet; quotes cannot break the query")
    func headlineAndQuotes() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument(headline: "关于\"稳经济\"的会议"))
            #expect(try store.search(text: "关于\"稳").first?.snippet == "【关于\"稳】经济\"的会议")
            #expect(try store.search(text: "OR 1=1\"").isEmpty)
            #expect(try store.search(text: "   ").isEmpty)
            #expect(try store.search(text: "会议", limit: 0).isEmpty)
        }
    }

    @Test("replaced text is no longer found")
    func replacedText() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            _ = try store.ingest(Fixtures.meetingDocument(hash: "2", body: "全省防汛工作会议在长春召开。"))
            #expect(try store.search(text: "第14次常务").isEmpty)
            #expect(try store.search(text: "韩俊").isEmpty)
            #expect(try store.search(text: "常务会议").count == 1) // the headline stayed
            #expect(try store.search(text: "防汛工作").count == 1)
        }
    }
}
