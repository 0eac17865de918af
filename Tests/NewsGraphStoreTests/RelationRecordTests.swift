import Foundation
@testable import NewsGraphStore
import Testing

@Suite struct RelationRecordTests {
    /// The hand-written encoder writes every column of `relations`, by its SQL name, and nothing else.
    @Test func theEncoderWritesEveryColumnOfItsTable() throws {
        try Fixtures.withStore { store, _ in
            let columns = try store.readOnlyQuery(sql: "SELECT name FROM pragma_table_info('relations') ORDER BY name").rows.compactMap { $0[0] }
            let record = RelationRecord(id: nil, kind: "presided", subjectId: 1, objectId: 2, articleId: 3, start: 0, end: 9, rule: "role.presided", ordinal: nil, date: "2022-06-16", detail: nil)
            #expect(try record.databaseDictionary.keys.sorted() == columns)
        }
    }
}
