import Foundation
import GRDB
import NewsGraphModel
@testable import NewsGraphStore
import Testing

/// The evidence of many relations read in one query, as each row's own read gives it.
@Suite("GraphStore.evidence(ofRows:)")
struct GraphStoreEvidenceTests {
    @Test("every relation's evidence read at once equals its own, spans and sentences alike, in any row order")
    func batchEqualsRowByRow() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            _ = try store.ingest(Fixtures.meetingDocument(path: "other.txt", hash: "other"))
            try store.dbQueue.read { db in
                let rows = try Row.fetchAll(db, sql: GraphStore.relationInContext(titled: false) + " ORDER BY r.id DESC")
                try #require(rows.count == 2 * Fixtures.meetingRelations)
                let batch = try GraphStore.evidence(ofRows: rows + rows.prefix(2), in: db)
                #expect(batch.count == rows.count)
                for row in rows {
                    let alone = try GraphStore.evidence(of: row, in: db)
                    let found = try #require(batch[row["id"]])
                    #expect(found.span == alone.span)
                    #expect(found.text == alone.text)
                    #expect(!found.text.isEmpty)
                }
            }
        }
    }
}
