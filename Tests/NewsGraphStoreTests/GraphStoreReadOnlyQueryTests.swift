import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("GraphStore.readOnlyQuery")
struct GraphStoreReadOnlyQueryTests {
    static let refused = [
        "INSERT INTO issues (source_path, content_hash, encoding, raw_text, clean_text) VALUES ('a', 'b', 'c', '', '')",
        "DELETE FROM articles",
        "UPDATE entities SET name = 'x'",
        "DROP TABLE relations",
        "CREATE TABLE t (x)",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA foreign_keys(0)",
        "PRAGMA user_version = 7",
        "PRAGMA query_only = 0",
        "PRAGMA writable_schema = 1",
        "BEGIN",
        "ATTACH DATABASE ':memory:' AS other",
        "WITH gone AS (SELECT id FROM issues) DELETE FROM issues WHERE id IN gone",
        "SELECT 1; DELETE FROM articles",
        "  -- a comment first\n DELETE FROM mentions",
    ]

    @Test("writes, settings and several statements are refused", arguments: refused)
    func refuses(sql: String) throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let before = try store.stats()
            let error = #expect(throws: NewsGraphError.self) { try store.readOnlyQuery(sql: sql) }
            #expect(error?.kind == .readOnly)
            #expect(try store.stats() == before)
            #expect(try store.readOnlyQuery(sql: "PRAGMA foreign_keys").rows == [["1"]])
            #expect(try store.readOnlyQuery(sql: "PRAGMA user_version").rows == [["0"]])
        }
    }

    @Test("a SELECT answers with its columns and text values, NULL as nil")
    func answers() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let result = try store.readOnlyQuery(sql: """
                /* people */ SELECT name, date, 1.5 AS ratio, X'CAFE' AS bytes FROM entities
                WHERE kind = 'person' ORDER BY name LIMIT 1
                """)
            #expect(result.columns == ["name", "date", "ratio", "bytes"])
            #expect(result.rows == [["刘伟", nil, "1.5", "X'CAFE'"]])
            let table = try store.readOnlyQuery(sql: "PRAGMA table_info(issues)")
            #expect(table.rows.count == 12)
            #expect(try store.readOnlyQuery(sql: "WITH x(n) AS (VALUES (2)) SELECT n * 3 FROM x").rows == [["6"]])
        }
    }

    @Test("SQL that SQLite cannot prepare is an invalid argument")
    func invalid() throws {
        let store = try GraphStore.inMemory()
        let error = #expect(throws: NewsGraphError.self) { try store.readOnlyQuery(sql: "SELEKT 1") }
        #expect(error?.kind == .invalidArgument)
        #expect(throws: NewsGraphError.self) { try store.readOnlyQuery(sql: "SELECT * FROM nowhere") }
        #expect((try? store.readOnlyQuery(sql: "  ")) == nil)
    }
}
