import Foundation
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite("GraphStore.bulkLoading")
struct GraphStoreBulkLoadTests {
    /// `PRAGMA temp_store` (0 default, 2 memory) and `PRAGMA wal_autocheckpoint` of the store's connection.
    static func settings(_ store: GraphStore) throws -> (tempStore: Int, checkpoint: Int) {
        try store.dbQueue.writeWithoutTransaction { db in
            (try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? -1, try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1)
        }
    }

    @Test("savepoint journals are kept in memory and the log grows to 64 MiB while loading; both are set back after")
    func settingsDuringTheLoad() throws {
        try Fixtures.withStore { store, _ throws in
            #expect(try Self.settings(store) == (0, 1000))
            let during = try store.bulkLoading { try Self.settings(store) }
            #expect(during == (2, 16_384))
            #expect(try Self.settings(store) == (0, 1000))
            // Set back when the load fails, too.
            struct Stop: Error {}
            #expect(throws: Stop.self) { try store.bulkLoading { throw Stop() } }
            #expect(try Self.settings(store) == (0, 1000))
        }
    }

    @Test("with journals in memory a failing file is still rolled back to its savepoint, and the file is sound")
    func rollbackWithJournalsInMemory() throws {
        try Fixtures.withStore { store, _ throws in
            // a.txt is stored by one batch; the next replaces it with a failing version between two new files.
            _ = try store.ingest(Fixtures.meetingDocument(path: "a.txt", hash: "hash-a"))
            let results = try store.bulkLoading {
                store.ingest([Fixtures.meetingDocument(path: "b.txt", hash: "hash-b"),
                              GraphStoreIngestTests.batchDocument("a.txt", failing: true),
                              Fixtures.meetingDocument(path: "c.txt", hash: "hash-c")])
            }
            #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
            #expect(try store.articles().map(\.sourcePath).sorted() == ["a.txt", "b.txt", "c.txt"])
            #expect(try store.stats().mentions == 3 * Fixtures.meetingMentions)
            #expect(try store.entities(kind: .place).isEmpty)
            let check = try store.dbQueue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
            #expect(check == ["ok"])
        }
    }
}
