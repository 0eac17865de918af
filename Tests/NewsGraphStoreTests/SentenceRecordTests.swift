import Foundation
@testable import NewsGraphStore
import Testing

@Suite struct SentenceRecordTests {
    /// The hand-written encoder writes every column of `sentences`, by its SQL name, and nothing else.
    @Test func theEncoderWritesEveryColumnOfItsTable() throws {
        try Fixtures.withStore { store, _ in
            let columns = try store.readOnlyQuery(sql: "SELECT name FROM pragma_table_info('sentences') ORDER BY name").rows.compactMap { $0[0] }
            let record = SentenceRecord(id: nil, articleId: 1, ordinal: 0, start: 0, end: 5, text: "韩俊主持会议")
            #expect(try record.databaseDictionary.keys.sorted() == columns)
        }
    }
}
