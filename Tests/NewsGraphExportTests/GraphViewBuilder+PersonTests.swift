import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

/// The person view drawn with `groupsRoles`: the meetings of one name one node, each
/// participant's roles counted on one edge, and many people met once counted, not drawn.
@Suite("GraphViewBuilder: person view grouped by role")
struct GraphViewBuilderPersonTests {
    /// The edges from the node labelled `from` to meetings in `view`, with the meeting's label.
    func edges(from name: String, in view: GraphView) -> [(meeting: String, edge: GraphEdge)] {
        let labels = Dictionary(uniqueKeysWithValues: view.nodes.map { ($0.id, $0.label) })
        return view.edges.filter { labels[$0.from] == name && RelationKind.meetingRoles.contains($0.kind) }
            .map { (labels[$0.to] ?? "", $0) }
    }

    @Test("presided and spoke at one meeting: one edge 主持 · 讲话 drawn as presided; ungrouped, two edges")
    func rolesAtOneMeeting() throws {
        try SeedViews.withBuilder { plain in
            var builder = plain
            builder.groupsRoles = true
            let grouped = edges(from: "韩俊", in: try builder.person(named: "韩俊", depth: 2))
            let dispatch = grouped.filter { $0.meeting.contains("畜禽粪污") }
            #expect(dispatch.count == 1)
            #expect(dispatch.first?.edge.label == "主持 · 讲话" && dispatch.first?.edge.kind == .presided)
            #expect(dispatch.first?.edge.ordinal == nil)
            let separate = edges(from: "韩俊", in: try plain.person(named: "韩俊", depth: 2)).filter { $0.meeting.contains("畜禽粪污") }
            #expect(Set(separate.map(\.edge.kind)) == [.presided, .spoke])
        }
    }

    @Test("two meetings of one name: one node saying 2 次 and the dates, one edge 主持 ×2; ungrouped, two nodes")
    func countedMeetings() throws {
        try PersonPages.withBuilder { plain in
            var builder = plain
            builder.groupsRoles = true
            let view = try builder.person(named: "韩俊", depth: 2)
            let meetings = view.nodes.filter { $0.kind == .meeting && $0.label == "省政府常务会议" }
            #expect(meetings.count == 1)
            #expect(meetings.first?.subtitle == "2 次 · 2022-06-02 – 2022-06-09")
            #expect(edges(from: "韩俊", in: view).filter { $0.meeting == "省政府常务会议" }.map(\.edge.label) == ["主持 ×2"])
            #expect(edges(from: "刘凯", in: view).filter { $0.meeting == "省政府常务会议" }.map(\.edge.label) == ["出席"])
            let separate = try plain.person(named: "韩俊", depth: 2)
            #expect(separate.nodes.filter { $0.kind == .meeting && $0.label == "省政府常务会议" }.count == 2)
        }
    }

    @Test("above coAttendeeLimit, the people met at one meeting only are counted there, not drawn")
    func foldedCoAttendees() throws {
        try SeedViews.withBuilder { plain in
            var builder = plain
            builder.groupsRoles = true
            let all = try builder.person(named: "韩俊", depth: 2)
            let people = all.nodes.filter { $0.kind == .person }.count
            #expect(people > 4)
            builder.coAttendeeLimit = people - 2
            let folded = try builder.person(named: "韩俊", depth: 2)
            #expect(folded.nodes.filter { $0.kind == .person }.map(\.label) == ["韩俊"])
            let dispatch = try #require(folded.nodes.first { $0.label.contains("畜禽粪污") })
            #expect(dispatch.subtitle == "2022-06-16 · 另 \(people - 1) 人")
            builder.coAttendeeLimit = people - 1
            #expect(try builder.person(named: "韩俊", depth: 2) == all)
        }
    }

    @Test("the role label: in meetingRoles order, a count above one")
    func roleLabel() {
        #expect(GraphViewBuilder.roleLabel([(.presided, 3), (.spoke, 1)]) == "主持 ×3 · 讲话")
        #expect(GraphViewBuilder.roleLabel([(.attended, 1)]) == "出席")
    }
}
