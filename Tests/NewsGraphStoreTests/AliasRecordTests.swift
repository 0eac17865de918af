import Foundation
@testable import NewsGraphStore
import Testing

@Suite struct AliasRecordTests {
    /// The hand-written encoder writes every column of `aliases`, by its SQL name, and nothing else.
    @Test func theEncoderWritesEveryColumnOfItsTable() throws {
        try Fixtures.withStore { store, _ in
            let columns = try store.readOnlyQuery(sql: "SELECT name FROM pragma_table_info('aliases') ORDER BY name").rows.compactMap { $0[0] }
            let record = AliasRecord(id: nil, entityId: 1, alias: "省人社厅")
            #expect(try record.databaseDictionary.keys.sorted() == columns)
        }
    }
}
