import NewsGraphExport
import NewsGraphModel
import Testing

@Suite("GraphView.keepingMostConnected")
struct GraphViewMostConnectedTests {
    @Test("keeps the most connected nodes (ties by id), the edges between them, and counts the rest")
    func mostConnected() throws {
        let view = GraphViewSamples.meetingView()
        let (cut, leftOut) = view.keepingMostConnected(3)
        #expect(Set(cut.nodes.map(\.id)) == ["meeting:省政府2022年第14次常务会议", "person:韩俊", "organization:吉林省人民政府"])
        #expect(leftOut == view.nodes.count - 3)
        #expect(cut.edges.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.affiliatedWith, .presided, .spoke])
        #expect(cut.title == view.title + " · 前 3 / 9 个实体")
        #expect(cut.layoutHint == view.layoutHint)
        // The same bytes again, whatever order the view lists its nodes in.
        var shuffled = view
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        #expect(try DOTWriter().write(shuffled.keepingMostConnected(3).view) == DOTWriter().write(cut))
    }

    @Test("a view within the limit is returned as it is")
    func withinLimit() {
        let view = GraphViewSamples.meetingView()
        let (same, leftOut) = view.keepingMostConnected(view.nodes.count)
        #expect(same == view && leftOut == 0)
    }

    @Test("a chosen node whose edges all lead out of the cut is left out too")
    func noFloatingNodes() {
        let view = GraphView(title: "t", nodes: [GraphNode(EntityRef(.person, "甲")), GraphNode(EntityRef(.person, "乙")),
                                                 GraphNode(EntityRef(.meeting, "会")), GraphNode(EntityRef(.place, "长春"))],
                             edges: [GraphEdge(from: "person:甲", to: "meeting:会", label: "出席", kind: .attended),
                                     GraphEdge(from: "person:乙", to: "meeting:会", label: "出席", kind: .attended),
                                     GraphEdge(from: "meeting:会", to: "place:长春", label: "举行于", kind: .heldIn)])
        let (cut, leftOut) = view.keepingMostConnected(2)
        #expect(cut.nodes.count == 2 && leftOut == 2)
        #expect(cut.edges.count == 1)
    }
}
