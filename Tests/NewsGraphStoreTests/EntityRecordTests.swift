import Foundation
import GRDB
@testable import NewsGraphStore
import Testing

@Suite struct EntityRecordTests {
    /// The hand-written encoder writes every column of `entities`, and the row decoder reads back
    /// what was written.
    @Test func theRecordWritesAndReadsEveryColumn() throws {
        try Fixtures.withStore { store, file in
            let columns = try store.readOnlyQuery(sql: "SELECT name FROM pragma_table_info('entities') ORDER BY name").rows.compactMap { $0[0] }
            var record = EntityRecord(id: nil, kind: "meeting", name: "省政府2022年第14次常务会议", key: "k", date: "2022-06-16",
                                      place: "长春", series: "省政府2022年常务会议", detail: "d")
            #expect(try record.databaseDictionary.keys.sorted() == columns)
            let queue = try DatabaseQueue(path: file.path)
            try queue.write { db in try record.insert(db) }
            let back = try queue.read { db in try EntityRecord.fetchOne(db, key: record.id) }
            #expect(back == record)
        }
    }
}
