import Foundation
import GRDB
@testable import NewsGraphStore
import Testing

/// Columns read by positions resolved once read what GRDB reads by name.
@Suite struct PositionedRowTests {
    @Test("every column of every row reads as by name, NULL as nil; articleRef and relationDate agree")
    func readsAsByName() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            try store.dbQueue.read { db in
                let rows = try Row.fetchAll(db, sql: GraphStore.relationInContext(titled: true) + "\n" + GraphStore.relationInContextOrder)
                try #require(rows.count == Fixtures.meetingRelations)
                let positioned = PositionedRow.all(rows)
                #expect(positioned.count == rows.count)
                for (row, fast) in zip(rows, positioned) {
                    for name in row.columnNames {
                        #expect((fast[name] as DatabaseValue) == (row[name] as DatabaseValue))
                    }
                    #expect((fast["subject_name"] as String?) == (row["subject_name"] as String?))
                    #expect((fast["id"] as Int64) == (row["id"] as Int64))
                    #expect(GraphStore.articleRef(fast, text: "") == GraphStore.articleRef(row, text: ""))
                    #expect(GraphStore.relationDate(fast) == GraphStore.relationDate(row))
                }
                // A reported_by relation has no subject: NULL reads as nil.
                #expect(positioned.contains { ($0["subject_id"] as Int64?) == nil })
                #expect(PositionedRow.all([]).isEmpty)
            }
        }
    }
}
