import NewsGraphExport
import NewsGraphModel

/// Graph views the export tests draw: a meeting report, a policy trace, and generated views
/// of any size.
///
/// Everything here is deterministic, including the generated views and the permutations
/// (a fixed-seed SplitMix64), so failures reproduce.
enum GraphViewSamples {
    /// A provincial executive meeting with every entity kind and the four meeting roles.
    static func meetingView() -> GraphView {
        let meeting = EntityRef(.meeting, "省政府2022年第14次常务会议")
        let nodes = [
            GraphNode(EntityRef(.person, "韩俊"), subtitle: "省长"),
            GraphNode(EntityRef(.person, "蔡东")),
            GraphNode(EntityRef(.person, "吴靖平")),
            GraphNode(EntityRef(.person, "李伟")),
            GraphNode(meeting, subtitle: "2022-06-16"),
            GraphNode(EntityRef(.organization, "吉林省人民政府")),
            GraphNode(EntityRef(.policy, "《吉林省稳经济一揽子政策措施》")),
            GraphNode(EntityRef(.place, "长春")),
            GraphNode(EntityRef(.post, "省长")),
        ]
        let m = meeting.description
        let edges = [
            GraphEdge(from: "person:韩俊", to: m, label: "主持", kind: .presided),
            GraphEdge(from: "person:韩俊", to: m, label: "讲话", kind: .spoke),
            GraphEdge(from: "person:蔡东", to: m, label: "出席", kind: .attended, ordinal: 1),
            GraphEdge(from: "person:吴靖平", to: m, label: "出席", kind: .attended, ordinal: 2),
            GraphEdge(from: "person:李伟", to: m, label: "汇报", kind: .reported),
            GraphEdge(from: "person:韩俊", to: "post:省长", label: "任", kind: .holdsPost),
            GraphEdge(from: "person:韩俊", to: "organization:吉林省人民政府", label: "任职于", kind: .affiliatedWith),
            GraphEdge(from: m, to: "place:长春", label: "在", kind: .heldIn),
            GraphEdge(from: m, to: "policy:《吉林省稳经济一揽子政策措施》", label: "落实", kind: .implements),
            GraphEdge(from: "organization:吉林省人民政府", to: "policy:《吉林省稳经济一揽子政策措施》", label: "印发", kind: .issued),
        ]
        return GraphView(title: "省政府常务会议 2022-06-16", nodes: nodes, edges: edges, layoutHint: .ranked)
    }

    /// A policy issued and then carried out by three meetings on later dates.
    static func timelineView() -> GraphView {
        let policy = EntityRef(.policy, "《稳经济一揽子政策措施》")
        var nodes = [
            GraphNode(policy, subtitle: "2022-05-31", rank: "2022-05-31"),
            GraphNode(EntityRef(.organization, "国务院"), rank: "2022-05-31"),
        ]
        var edges = [GraphEdge(from: "organization:国务院", to: policy.description, label: "印发", kind: .issued)]
        for (name, date) in [("吉林省政府常务会议", "2022-06-16"), ("长春市政府常务会议", "2022-06-02"), ("省委常委会会议", "2022-06-09")] {
            let meeting = EntityRef(.meeting, name)
            nodes.append(GraphNode(meeting, subtitle: date, rank: date))
            edges.append(GraphEdge(from: meeting.description, to: policy.description, label: "落实", kind: .implements))
        }
        nodes.append(GraphNode(EntityRef(.person, "韩俊")))
        edges.append(GraphEdge(from: "person:韩俊", to: "meeting:吉林省政府常务会议", label: "主持", kind: .presided))
        return GraphView(title: "政策落实 《稳经济一揽子政策措施》", nodes: nodes, edges: edges, layoutHint: .timeline)
    }

    /// A random-looking but fixed view of `nodeCount` nodes and `edgeCount` edges.
    static func generatedView(nodeCount: Int, edgeCount: Int, layoutHint: GraphLayoutHint = .ranked) -> GraphView {
        var state: UInt64 = 20_220_616
        let kinds = EntityKind.allCases
        let relations = RelationKind.allCases
        let nodes = (0..<nodeCount).map { index in
            GraphNode(id: "\(kinds[index % kinds.count].rawValue):实体\(index)", label: "实体\(index)",
                      kind: kinds[index % kinds.count], subtitle: index % 3 == 0 ? "2022-06-\(10 + index % 20)" : nil,
                      rank: "2022-06-\(10 + index % 20)")
        }
        let edges = (0..<edgeCount).map { index in
            let from = nodes[Int(next(&state) % UInt64(nodeCount))].id
            let to = nodes[Int(next(&state) % UInt64(nodeCount))].id
            let kind = relations[index % relations.count]
            return GraphEdge(from: from, to: to, label: "关系\(index % 7)", kind: kind, ordinal: index % 4 == 0 ? index : nil)
        }
        return GraphView(title: "生成 \(nodeCount)/\(edgeCount)", nodes: nodes, edges: edges, layoutHint: layoutHint)
    }

    /// The same view with its nodes and edges in a different (fixed) order.
    static func permuted(_ view: GraphView, seed: UInt64) -> GraphView {
        var copy = view
        var state = seed
        copy.nodes = shuffled(view.nodes, state: &state)
        copy.edges = shuffled(view.edges, state: &state)
        return copy
    }

    private static func shuffled<T>(_ items: [T], state: inout UInt64) -> [T] {
        var items = items
        guard items.count > 1 else { return items }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, Int(next(&state) % UInt64(index + 1)))
        }
        return items
    }

    /// SplitMix64.
    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
