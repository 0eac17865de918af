import Foundation
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite("ArticleTextIndex")
struct ArticleTextIndexTests {
    /// A one-article document at `path` whose text is `body`; when `failing`, a relation whose
    /// evidence lies past the article's end makes the store refuse it after its article is written.
    static func document(_ path: String, _ body: String, failing: Bool = false) -> Document {
        var document = Fixtures.meetingDocument(path: path, hash: "hash-" + body, body: body, headline: "本报消息")
        if failing {
            let length = document.articles[0].text.count
            document.articles[0].relations.append(
                Relation(kind: .mentions, subject: nil, object: EntityRef(.place, "长白山"),
                         evidence: Span(length, length + 1), rule: "test.bad"))
        }
        return document
    }

    /// Whether FTS5 finds the index equal to the headlines and texts of the stored articles.
    static func indexIsWhole(_ store: GraphStore) -> Bool {
        (try? store.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        }) != nil
    }

    @Test("a batch's articles are found once it is stored, a failing file's are not, and the index is whole")
    func batchWithAFailingFile() throws {
        try Fixtures.withStore { store, _ throws in
            let results = store.ingest([Self.document("a.txt", "全省防汛工作会议召开。"),
                                        Self.document("b.txt", "森林防火工作部署。", failing: true),
                                        Self.document("c.txt", "春耕备耕有序推进。")])
            #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
            #expect(try store.search(text: "防汛工作").count == 1)
            #expect(try store.search(text: "森林防火").isEmpty)
            #expect(try store.search(text: "春耕备耕").count == 1)
            #expect(Self.indexIsWhole(store))
        }
    }

    @Test("a file replaced later in its own batch leaves only the new text in the index, which stays whole")
    func replacedInTheSameBatch() throws {
        try Fixtures.withStore { store, _ throws in
            let results = store.ingest([Self.document("a.txt", "全省防汛工作会议召开。"),
                                        Self.document("a.txt", "春耕备耕有序推进。")])
            #expect(try results[1].get() == .replaced(articles: 1, mentions: 0, relations: 0))
            #expect(try store.search(text: "防汛工作").isEmpty)
            #expect(try store.search(text: "春耕备耕").count == 1)
            #expect(Self.indexIsWhole(store))
        }
    }

    @Test("a replacement that fails after deleting the old version leaves the batch's earlier articles indexed")
    func failedReplacementKeepsThePending() throws {
        try Fixtures.withStore { store, _ throws in
            let results = store.ingest([Self.document("x.txt", "全省防汛工作会议召开。"),
                                        Self.document("a.txt", "春耕备耕有序推进。"),
                                        Self.document("a.txt", "森林防火工作部署。", failing: true)])
            #expect(results.map { (try? $0.get()) != nil } == [true, true, false])
            #expect(try store.search(text: "防汛工作").count == 1)
            #expect(try store.search(text: "春耕备耕").count == 1)
            #expect(try store.search(text: "森林防火").isEmpty)
            #expect(Self.indexIsWhole(store))
        }
    }

    @Test("articles stored by separate batches are all found, and one replaced in a later batch leaves the index whole")
    func acrossBatches() throws {
        try Fixtures.withStore { store, _ throws in
            _ = try store.ingest(Self.document("a.txt", "全省防汛工作会议召开。"))
            _ = try store.ingest(Self.document("b.txt", "春耕备耕有序推进。"))
            #expect(try store.ingest(Self.document("a.txt", "森林防火工作部署。")) == .replaced(articles: 1, mentions: 0, relations: 0))
            #expect(try store.search(text: "防汛工作").isEmpty)
            #expect(try store.search(text: "春耕备耕").count == 1)
            #expect(try store.search(text: "森林防火").count == 1)
            #expect(Self.indexIsWhole(store))
        }
    }
}
