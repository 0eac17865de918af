import Foundation
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite struct RowCountRecordTests {
    /// What `count(*)` finds in every counted table and for every kind, as `row_counts` names it.
    static func counted(_ store: GraphStore) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for table in ["issues", "articles", "sentences", "entities", "aliases", "mentions", "relations"] {
            out[table] = try store.dbQueue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM " + table) } ?? 0
        }
        for (table, kinds) in [("entities", EntityKind.allCases.map(\.rawValue)), ("relations", RelationKind.allCases.map(\.rawValue))] {
            for kind in kinds {
                out[table + "." + kind] = try store.dbQueue.read {
                    try Int.fetchOne($0, sql: "SELECT count(*) FROM " + table + " WHERE kind = ?", arguments: [kind])
                } ?? 0
            }
        }
        return out
    }

    /// `row_counts` as a dictionary, a kind without a row counting zero.
    static func kept(_ store: GraphStore) throws -> [String: Int] {
        let records = try store.dbQueue.read { try RowCountRecord.fetchAll($0) }
        var out = Dictionary(uniqueKeysWithValues: try counted(store).keys.map { ($0, 0) })
        for record in records { out[record.what] = record.count }
        return out
    }

    @Test("the counts SQLite keeps equal count(*) after inserts, a replaced document, pruned entities and a deleted issue")
    func countsFollowTheRows() throws {
        try Fixtures.withStore { store, _ in
            #expect(try Self.kept(store) == (try Self.counted(store)))
            _ = try store.ingest(Fixtures.meetingDocument())
            _ = try store.ingest(Fixtures.meetingDocument(path: "other.txt", hash: "other"))
            #expect(try Self.kept(store) == (try Self.counted(store)))
            #expect(try Self.kept(store)["relations"] == 2 * Fixtures.meetingRelations)
            _ = try store.ingest(Fixtures.meetingDocument(hash: "hash-2", body: "全省防汛工作会议在长春召开。"))
            #expect(try Self.kept(store) == (try Self.counted(store)))
            // The entities are pruned when the last document printing them goes.
            _ = try store.ingest(Fixtures.meetingDocument(path: "other.txt", hash: "other-2", body: "无。"))
            #expect(try Self.kept(store)["entities"] == 0)
            #expect(try Self.kept(store) == (try Self.counted(store)))
            try store.dbQueue.write { try $0.execute(sql: "DELETE FROM issues") }
            #expect(try Self.kept(store) == (try Self.counted(store)))
            #expect(try Self.kept(store)["sentences"] == 0)
        }
    }

    @Test("a kind's count follows a row whose kind changes; stats reads the kept counts")
    func kindChange() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            try store.dbQueue.write { try $0.execute(sql: "UPDATE relations SET kind = 'spoke' WHERE kind = 'attended'") }
            let kept = try Self.kept(store)
            #expect(kept == (try Self.counted(store)))
            #expect(kept["relations.attended"] == 0)
            let stats = try store.stats()
            #expect(stats.relationsByKind[.spoke] == kept["relations.spoke"])
            #expect(stats.relations == kept["relations"])
            #expect(stats.mentions == Fixtures.meetingMentions)
        }
    }

    @Test("a database migrated to 034 starts from the rows it holds")
    func migratedCounts() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            try store.dbQueue.writeWithoutTransaction { db in
                try db.execute(sql: "DELETE FROM row_counts")
                try db.execute(sql: String(contentsOf: try SchemaMigrations.files().first { $0.lastPathComponent == "034_row_counts.sql" }!,
                                           encoding: .utf8)
                    .components(separatedBy: "\n").filter { $0.hasPrefix("INSERT INTO row_counts") }.joined(separator: "\n"))
            }
            #expect(try Self.kept(store) == (try Self.counted(store)))
        }
    }
}
