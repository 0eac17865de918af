import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("GraphStore graph reads")
struct GraphStoreGraphTests {
    @Test("entities are found by name or alias, filtered by kind, in a stable order")
    func entities() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            #expect(try store.entities(kind: .person).map(\.name) == ["刘伟", "张三", "王宁", "韩俊"].sorted())
            #expect(try store.entities(matching: "第14次").map(\.kind) == [.meeting])
            #expect(try store.entities(kind: .post, matching: "省长").map(\.name) == ["副省长", "省长"].sorted())
            #expect(try store.entities(kind: .person, matching: "省长").isEmpty)
            #expect(try store.entities().count == 7)
            #expect(try store.entities(kind: .person, matching: "韩").first?.mentionCount == 1)
        }
    }

    @Test("relations of an entity come in both directions with their sentence as evidence")
    func relations() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let han = try #require(try store.entities(kind: .person, matching: "韩俊").first)
            let rows = try store.relations(of: han.id)
            #expect(rows.map(\.kind) == [.holdsPost, .presided, .spoke])
            #expect(rows.allSatisfy { $0.subjectId == han.id && $0.subjectName == "韩俊" })
            #expect(rows[0].objectName == "省长")
            #expect(rows[0].date == "2022-06-16")
            #expect(rows[0].evidence == "6月16日，省长韩俊主持召开省政府2022年第14次常务会议并讲话。")
            #expect(rows[0].paper == "吉林日报")
            #expect(rows[0].issueDate == "2022-06-17")
            #expect(rows[0].headline == "省政府召开常务会议")

            let meeting = try #require(try store.entities(kind: .meeting).first)
            let incoming = try store.relations(of: meeting.id)
            #expect(incoming.count == 4)
            #expect(incoming.allSatisfy { $0.objectId == meeting.id })

            let reporter = try #require(try store.entities(kind: .person, matching: "张三").first)
            let reported = try #require(try store.relations(of: reporter.id).first)
            #expect(reported.kind == .reportedBy)
            #expect(reported.subjectId == nil && reported.subjectKind == nil)
            #expect(reported.evidence == "6月16日，省长韩俊主持召开省政府2022年第14次常务会议并讲话。")
        }
    }

    @Test("meeting roles come by role, then print order")
    func roles() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let meeting = try #require(try store.entities(kind: .meeting).first)
            let roles = try store.meetingRoles(meetingId: meeting.id)
            #expect(roles.map(\.role) == [.presided, .spoke, .attended, .attended])
            #expect(roles.map(\.participantName) == ["韩俊", "韩俊", "刘伟", "王宁"])
            #expect(roles.map(\.ordinal) == [nil, nil, 0, 1])
            #expect(roles[2].evidence == "副省长刘伟、王宁出席会议。")
            #expect(try store.meetingRoles(meetingId: meeting.id + 1000).isEmpty)
        }
    }
}
