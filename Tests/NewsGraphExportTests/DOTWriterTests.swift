import NewsGraphExport
import NewsGraphModel
import Testing

@Suite("DOTWriter")
struct DOTWriterTests {
    @Test("the same view gives byte-identical DOT whatever the insertion order")
    func deterministic() throws {
        let writer = DOTWriter()
        for view in [GraphViewSamples.meetingView(), GraphViewSamples.timelineView(),
                     GraphViewSamples.generatedView(nodeCount: 60, edgeCount: 150)] {
            let first = try writer.write(view)
            #expect(try writer.write(view) == first)
            for seed in [1, 2, 3] as [UInt64] {
                let permuted = GraphViewSamples.permuted(view, seed: seed)
                #expect(permuted.nodes != view.nodes)
                #expect(Array(try writer.write(permuted).utf8) == Array(first.utf8))
            }
            var reversed = view
            reversed.nodes.reverse()
            reversed.edges.reverse()
            #expect(try writer.write(reversed) == first)
        }
    }

    @Test("nodes are written sorted by id, with ASCII identifiers from FNV-1a 64")
    func identifiers() throws {
        #expect(GraphNode.dotIdentifier(for: "") == "n_cbf29ce484222325")
        #expect(GraphNode.dotIdentifier(for: "a") == "n_af63dc4c8601ec8c")
        let id = GraphNode.dotIdentifier(for: "person:韩俊")
        #expect(id.count == 18 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        #expect(id == GraphNode(EntityRef(.person, "韩俊")).dotIdentifier)

        let view = GraphViewSamples.meetingView()
        let dot = try DOTWriter(includesLegend: false).write(view)
        let declared = dot.split(separator: "\n").compactMap { line -> String? in
            let text = line.drop { $0 == " " }
            return text.hasPrefix("n_") && !text.contains("->") ? String(text.prefix(18)) : nil
        }
        #expect(declared == view.nodes.map(\.id).sorted().map(GraphNode.dotIdentifier(for:)))
        #expect(dot.contains("label=\"韩俊\\n省长\""))
    }

    @Test("labels are escaped for DOT double-quoted strings")
    func escaping() {
        #expect(DOTWriter.quoted("a\"b\\c\nline 2") == #""a\"b\\c\nline 2""#)
        #expect(DOTWriter.quoted("一\r\n二\r三") == #""一\n二三""#)
        #expect(DOTWriter.quoted("\\N \\l") == #""\\N \\l""#)
        #expect(DOTWriter.quoted("tab\there\u{0007}") == "\"tab\there\"")
        #expect(DOTWriter.quoted("《稳经济》") == "\"《稳经济》\"")
    }

    @Test("header sets UTF-8, the CJK font list on graph, node and edge")
    func fonts() throws {
        let dot = try DOTWriter().write(GraphViewSamples.meetingView())
        #expect(dot.hasPrefix("digraph newsgraph {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("charset=\"UTF-8\""))
        let font = "fontname=\"Noto Sans CJK SC,WenQuanYi Micro Hei\""
        #expect(dot.split(separator: "\n").filter { $0.contains(font) }.count == 3)
        let custom = try DOTWriter(fontName: "Source Han Sans SC", fallbackFontNames: ["Source Han Sans SC", "AR PL UMing CN"])
            .write(GraphViewSamples.meetingView())
        #expect(custom.contains("fontname=\"Source Han Sans SC,AR PL UMing CN\""))
    }

    @Test("shapes and edge styles follow the kinds")
    func styles() throws {
        let dot = try DOTWriter(includesLegend: false).write(GraphViewSamples.meetingView())
        let person = GraphNode.dotIdentifier(for: "person:韩俊")
        let meeting = GraphNode.dotIdentifier(for: "meeting:省政府2022年第14次常务会议")
        #expect(dot.contains("\(person) [label=\"韩俊\\n省长\", shape=ellipse"))
        #expect(dot.contains("\(meeting) [label=\"省政府2022年第14次常务会议\\n2022-06-16\", shape=hexagon"))
        #expect(dot.contains("shape=note"))
        #expect(dot.contains("shape=house"))
        #expect(dot.contains("shape=box"))
        #expect(dot.contains("shape=component"))
        // Presided and spoke: one line, in the presided style (`mergingParallel`).
        #expect(dot.contains("\(person) -> \(meeting) [label=\"主持 · 讲话\", style=bold"))
        #expect(dot.contains("[label=\"出席 #2\", style=solid"))
        #expect(dot.contains("[label=\"汇报\", style=dotted"))
        #expect(!dot.contains("cluster_legend"))
    }

    @Test("the legend lists only the kinds present")
    func legend() throws {
        let view = GraphView(title: "会议", nodes: [GraphNode(EntityRef(.person, "韩俊")), GraphNode(EntityRef(.meeting, "常务会议"))],
                             edges: [GraphEdge(from: "person:韩俊", to: "meeting:常务会议", label: "主持", kind: .presided)])
        let dot = try DOTWriter().write(view)
        #expect(dot.contains("subgraph cluster_legend {"))
        #expect(dot.contains("legend_node_person [label=\"人物 person\", shape=ellipse"))
        #expect(dot.contains("legend_node_meeting [label=\"会议 meeting\", shape=hexagon"))
        #expect(dot.contains("legend_edge_presided_tail [label=\"主持 presided\", shape=plaintext"))
        #expect(dot.contains("legend_edge_presided_tail -> legend_edge_presided_head [weight=20, style=bold"))
        for absent in ["legend_node_policy", "legend_node_place", "legend_node_post", "legend_node_organization",
                       "legend_edge_attended", "legend_edge_spoke", "legend_edge_holds_post"] {
            #expect(!dot.contains(absent))
        }
        #expect(try !DOTWriter().write(GraphView(title: "空")).contains("cluster_legend"))
    }

    @Test("small views use dot with straight lines, left to right or top down")
    func rankedLayout() throws {
        let writer = DOTWriter()
        let view = GraphViewSamples.meetingView()
        #expect(writer.layoutEngine(for: view) == .dot)
        let dot = try writer.write(view)
        #expect(dot.contains("layout=dot, rankdir=LR, splines=line"))
        #expect(!dot.contains("nslimit"))
        var topDown = view
        topDown.layoutHint = .rankedTopDown
        #expect(try writer.write(topDown).contains("layout=dot, rankdir=TB, splines=line"))
        let busier = try writer.write(GraphViewSamples.generatedView(nodeCount: 150, edgeCount: 450))
        #expect(busier.contains("layout=dot, rankdir=LR, splines=line"))
        #expect(busier.contains("nslimit=1, nslimit1=1, mclimit=0.5"))
    }

    @Test("timelines group nodes by rank in date order on a date axis")
    func timelineLayout() throws {
        let view = GraphViewSamples.timelineView()
        let dot = try DOTWriter().write(view)
        #expect(dot.contains("layout=dot, rankdir=LR"))
        let dates = ["2022-05-31", "2022-06-02", "2022-06-09", "2022-06-16"]
        for (index, date) in dates.enumerated() {
            #expect(dot.contains("  t_000\(index) [label=\"\(date)\", shape=plaintext"))
        }
        #expect(dot.contains("t_0000 -> t_0001"))
        #expect(dot.contains("t_0002 -> t_0003"))
        let policy = GraphNode.dotIdentifier(for: "policy:《稳经济一揽子政策措施》")
        let council = GraphNode.dotIdentifier(for: "organization:国务院")
        // Members are listed in node-id order: organization:… before policy:….
        #expect(dot.contains("  { rank=same; t_0000; \(council); \(policy); }"))
        let groups = dot.split(separator: "\n").filter { $0.contains("rank=same") }
        #expect(groups.count == 4)
        #expect(groups.map { $0.contains("t_0003") }.last == true)
        // Edges between dated nodes do not move them off the axis; others keep their pull.
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> n_") }
        let implements = edgeLines.filter { $0.contains("label=\"落实\"") }
        #expect(implements.count == 3 && implements.allSatisfy { $0.contains("constraint=false") })
        let presided = edgeLines.filter { $0.contains("label=\"主持\"") }
        #expect(presided.count == 1 && presided.allSatisfy { !$0.contains("constraint=false") })
    }

    @Test("large views use sfdp with prism overlap removal and straight edges drawn first")
    func largeLayout() throws {
        let writer = DOTWriter()
        let view = GraphViewSamples.generatedView(nodeCount: 2_000, edgeCount: 6_000)
        #expect(writer.layoutEngine(for: view) == .sfdp)
        let dot = try writer.write(view)
        #expect(dot.contains("layout=sfdp, overlap=prism, splines=line, outputorder=edgesfirst"))
        #expect(!dot.contains("layout=dot"))
        #expect(!dot.contains("rank=same"))
        #expect(dot.contains("subgraph cluster_legend {\n    label=\"\"; peripheries=0;\n    legend_table [shape=plaintext, style=solid, margin=0, label=<<TABLE"))
        #expect(!dot.contains("legend_node_"))
        #expect(dot.split(separator: "\n").filter { $0.contains(" -> n_") }.count == SeedViews.pairCount(view))

        var hinted = GraphViewSamples.meetingView()
        hinted.layoutHint = .large
        #expect(writer.layoutEngine(for: hinted) == .sfdp)
        let limit = GraphViewSamples.generatedView(nodeCount: 150, edgeCount: 10, layoutHint: .timeline)
        #expect(writer.layoutEngine(for: limit) == .dot)
        #expect(DOTWriter(largeViewNodeLimit: 149).layoutEngine(for: limit) == .sfdp)
    }

    @Test("an edge to a node the view lacks is an invalid argument")
    func danglingEdge() {
        var view = GraphViewSamples.meetingView()
        view.edges.append(GraphEdge(from: "person:韩俊", to: "meeting:不存在的会议", label: "出席", kind: .attended))
        #expect {
            try DOTWriter().write(view)
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .invalidArgument && error.message.contains("meeting:不存在的会议")
        }
    }

    @Test("nodes sharing an id are merged deterministically")
    func duplicateNodes() throws {
        var view = GraphViewSamples.meetingView()
        view.nodes.append(GraphNode(EntityRef(.person, "韩俊"), subtitle: "吉林省省长"))
        let dot = try DOTWriter().write(view)
        let person = GraphNode.dotIdentifier(for: "person:韩俊")
        #expect(dot.split(separator: "\n").filter { $0.hasPrefix("  \(person) [") }.count == 1)
        #expect(try DOTWriter().write(GraphViewSamples.permuted(view, seed: 9)) == dot)
    }
}
