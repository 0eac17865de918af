import Foundation
import GRDB
import NewsGraphModel
@testable import NewsGraphStore
import Testing

/// Articles ranked in store order in Swift, as SQLite's `ORDER BY` over their issues would rank them.
@Suite("GraphStore.articlePlaces")
struct GraphStoreArticleOrderTests {
    /// Stores four one-article issues (two on one day, one undated) and returns their article ids by path.
    func storeIssues(_ store: GraphStore) throws -> [String: Int64] {
        var undated = Fixtures.meetingDocument(path: "吉林日报/undated/01.txt", hash: "hash-undated")
        undated.issue.date = nil
        _ = try store.ingest(undated)
        var later = Fixtures.meetingDocument(path: "吉林日报/2022-06-18/01.txt", hash: "hash-later")
        later.issue.date = SimpleDate(year: 2022, month: 6, day: 18)
        _ = try store.ingest(later)
        // Stored after the later issue, and before the other of its day, whose path sorts first.
        _ = try store.ingest(Fixtures.meetingDocument(path: "吉林日报/2022-06-17/第2版.txt", hash: "hash-2"))
        _ = try store.ingest(Fixtures.meetingDocument(path: "吉林日报/2022-06-17/01.txt", hash: "hash-1"))
        let rows = try store.readOnlyQuery(sql: "SELECT i.source_path, a.id FROM articles a JOIN issues i ON i.id = a.issue_id").rows
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0]!, Int64($0[1]!)!) })
    }

    @Test("ranks follow issue date, source path and ordinal; undated issues first or last as asked")
    func storeOrder() throws {
        try Fixtures.withStore { store, _ in
            let ids = try storeIssues(store)
            let paths = ["吉林日报/undated/01.txt", "吉林日报/2022-06-17/01.txt", "吉林日报/2022-06-17/第2版.txt", "吉林日报/2022-06-18/01.txt"]
            for undatedFirst in [true, false] {
                let places = try store.dbQueue.read { db in
                    try GraphStore.articlePlaces(of: Set(ids.values), undatedFirst: undatedFirst, in: db)
                }
                let ranked = paths.sorted { places[ids[$0]!]!.rank < places[ids[$1]!]!.rank }
                let dated = Array(paths.dropFirst())
                #expect(ranked == (undatedFirst ? paths : dated + [paths[0]]))
                #expect(Set(places.values.map(\.rank)) == [0, 1, 2, 3])
                #expect(places[ids["吉林日报/2022-06-18/01.txt"]!]?.issueDate == "2022-06-18")
                #expect(places[ids["吉林日报/undated/01.txt"]!]?.issueDate == nil)
                #expect(places[ids["吉林日报/2022-06-17/01.txt"]!]?.contentHash == "hash-1")
            }
        }
    }

    @Test("the same order as SQLite's ORDER BY; a missing article is left out")
    func sameAsSQLite() throws {
        try Fixtures.withStore { store, _ in
            let ids = try storeIssues(store)
            let sqlOrder = try store.readOnlyQuery(sql: """
                SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id ORDER BY i.issue_date, i.source_path, a.ordinal
                """).rows.map { Int64($0[0]!)! }
            let places = try store.dbQueue.read { db in
                try GraphStore.articlePlaces(of: Set(ids.values).union([9_999]), undatedFirst: true, in: db)
            }
            #expect(places[9_999] == nil)
            #expect(sqlOrder.map { places[$0]!.rank } == [0, 1, 2, 3])
        }
    }
}
