import Foundation
import GRDB
import NewsGraphModel
@testable import NewsGraphStore
import Testing

/// The attendance of many meetings read at once, as each would be read alone.
@Suite("GraphStore.attendances")
struct GraphStoreAttendanceTests {
    @Test("several meetings at once give what each gives alone; a non-meeting or unknown id is left out")
    func batchEqualsSingle() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            _ = try store.ingest(Fixtures.meetingDocument(path: "吉林日报/2022-06-18/01.txt", hash: "hash-2",
                                                          body: "全省防汛工作会议在长春召开。", headline: ""))
            let meetings = try store.readOnlyQuery(sql: "SELECT id FROM entities WHERE kind = 'meeting' ORDER BY id").rows
                .compactMap { $0[0].flatMap { Int64($0) } }
            let person = try #require(try store.entityId(.person, named: "韩俊"))
            try #require(meetings.count >= 1)
            try store.dbQueue.read { db in
                let all = try GraphStore.attendances(meetingIds: meetings + [person, 99_999], in: db)
                #expect(all.keys.sorted() == meetings)
                for id in meetings {
                    let alone = try GraphStore.attendances(meetingIds: [id], in: db)[id]
                    #expect(all[id] == alone)
                    #expect(alone?.article != nil)
                }
                let held = try #require(all.values.first { !$0.participants.isEmpty })
                #expect(held.names(.presided) == ["韩俊"])
                #expect(held.names(.attended) == ["刘伟", "王宁"])
                #expect(held.participants.allSatisfy { !$0.evidence.isEmpty })
                #expect(try GraphStore.attendance(meetingId: person, in: db) == nil)
            }
        }
    }
}
