import Foundation
@testable import NewsGraphStore
import Testing

@Suite struct MentionRecordTests {
    /// The hand-written encoder writes every column of `mentions`, by its SQL name, and nothing else.
    @Test func theEncoderWritesEveryColumnOfItsTable() throws {
        try Fixtures.withStore { store, _ in
            let columns = try store.readOnlyQuery(sql: "SELECT name FROM pragma_table_info('mentions') ORDER BY name").rows.compactMap { $0[0] }
            let record = MentionRecord(id: nil, articleId: 1, entityId: 2, kind: "person", start: 0, end: 2, text: "韩俊", rule: "person.title", value: nil, name: "韩俊")
            #expect(try record.databaseDictionary.keys.sorted() == columns)
        }
    }
}
