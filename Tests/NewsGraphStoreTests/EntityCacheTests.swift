import Foundation
import GRDB
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite("EntityCache")
struct EntityCacheTests {
    @Test("forgetting persons drops their ids and aliases and keeps the other kinds'")
    func forgetPersons() {
        let cache = EntityCache()
        cache.remember(1, for: "person\u{1F}韩俊", person: true)
        cache.remember(2, for: "post\u{1F}省长", person: false)
        cache.aliases[1] = ["韩俊"]
        cache.aliases[2] = ["省长"]
        cache.names[1] = "韩俊"
        cache.names[2] = "省长"
        cache.forgetPersons()
        #expect(cache.ids == ["post\u{1F}省长": 2])
        #expect(cache.aliases == [2: ["省长"]])
        #expect(cache.names == [2: "省长"])
        cache.clear()
        #expect(cache.count == 0 && cache.aliases.isEmpty && cache.names.isEmpty)
    }

    @Test("a batch after another connection's commit does not trust the cache: ids it pruned are not reused")
    func anotherWriterEmptiesTheCache() throws {
        try Fixtures.withStore { store, file in
            _ = try store.ingest(Fixtures.meetingDocument(path: "a.txt", hash: "hash-a"))
            #expect(store.entityCache.count > 0)
            // Another connection replaces a.txt by a page without facts: its entities are pruned.
            let other = try GraphStore(path: file.path)
            #expect(try other.ingest(Fixtures.meetingDocument(path: "a.txt", hash: "hash-b", body: "今天天气很好。")) ==
                .replaced(articles: 1, mentions: 0, relations: 0))
            #expect(try store.stats().entities == 0)
            // The first connection's cache still names the pruned post 省长; storing must not use it.
            #expect(try store.ingest(Fixtures.meetingDocument(path: "c.txt", hash: "hash-c")) ==
                .inserted(articles: 1, mentions: Fixtures.meetingMentions, relations: Fixtures.meetingRelations))
            #expect(try store.entities(kind: .post).map(\.name).sorted() == ["副省长", "省长"])
        }
    }
}
