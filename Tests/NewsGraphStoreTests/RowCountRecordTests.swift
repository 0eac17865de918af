import Foundation
import GRDB
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite struct RowCountRecordTests {
    /// What `count(*)` finds in every table whose count SQLite keeps (034, 035: not sentences,
    /// mentions and relations) and for every entity kind, as `row_counts` names it.
    static func counted(_ store: GraphStore) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for table in ["issues", "articles", "entities", "aliases"] {
            out[table] = try store.dbQueue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM " + table) } ?? 0
        }
        for (table, kinds) in [("entities", EntityKind.allCases.map(\.rawValue))] {
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
        for record in records where out[record.what] != nil { out[record.what] = record.count }
        #expect(!records.contains { ["sentences", "mentions", "relations"].contains($0.what) || $0.what.hasPrefix("relations.") })
        return out
    }

    /// Whether `stats` gives what `count(*)` finds for the tables counted on demand.
    static func statsCountTheBigTables(_ store: GraphStore) throws -> Bool {
        let stats = try store.stats()
        func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
            try store.dbQueue.read { try Int.fetchOne($0, sql: sql, arguments: arguments) } ?? 0
        }
        return try stats.sentences == count("SELECT count(*) FROM sentences") && stats.mentions == count("SELECT count(*) FROM mentions")
            && stats.relations == count("SELECT count(*) FROM relations")
            && RelationKind.allCases.allSatisfy { try stats.relationsByKind[$0] == count("SELECT count(*) FROM relations WHERE kind = ?", [$0.rawValue]) }
    }

    @Test("the counts SQLite keeps equal count(*) after inserts, a replaced document, pruned entities and a deleted issue")
    func countsFollowTheRows() throws {
        try Fixtures.withStore { store, _ in
            #expect(try Self.kept(store) == (try Self.counted(store)))
            _ = try store.ingest(Fixtures.meetingDocument())
            _ = try store.ingest(Fixtures.meetingDocument(path: "other.txt", hash: "other"))
            #expect(try Self.kept(store) == (try Self.counted(store)))
            #expect(try store.stats().relations == 2 * Fixtures.meetingRelations)
            #expect(try Self.statsCountTheBigTables(store))
            _ = try store.ingest(Fixtures.meetingDocument(hash: "hash-2", body: "全省防汛工作会议在长春召开。"))
            #expect(try Self.kept(store) == (try Self.counted(store)))
            // The entities are pruned when the last document printing them goes.
            _ = try store.ingest(Fixtures.meetingDocument(path: "other.txt", hash: "other-2", body: "无。"))
            #expect(try Self.kept(store)["entities"] == 0)
            #expect(try Self.kept(store) == (try Self.counted(store)))
            try store.dbQueue.write { try $0.execute(sql: "DELETE FROM issues") }
            #expect(try Self.kept(store) == (try Self.counted(store)))
            #expect(try store.stats().sentences == 0)
            #expect(try Self.statsCountTheBigTables(store))
        }
    }

    @Test("stats counts a relation whose kind changes under its new kind, and reads the kept counts of entities")
    func kindChange() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            try store.dbQueue.write { try $0.execute(sql: "UPDATE relations SET kind = 'spoke' WHERE kind = 'attended'") }
            let stats = try store.stats()
            #expect(stats.relationsByKind[.attended] == 0)
            #expect(try Self.statsCountTheBigTables(store))
            #expect(stats.mentions == Fixtures.meetingMentions)
            #expect(stats.entities == (try Self.kept(store))["entities"])
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
                    .components(separatedBy: "\n").filter { $0.hasPrefix("INSERT INTO row_counts") && !["sentences", "mentions", "relations"].contains(where: $0.contains) }
                    .joined(separator: "\n"))
            }
            #expect(try Self.kept(store) == (try Self.counted(store)))
        }
    }
}
