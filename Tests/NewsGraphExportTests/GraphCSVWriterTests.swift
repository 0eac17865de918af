import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("GraphCSVWriter")
struct GraphCSVWriterTests {
    @Test("nodes.csv and edges.csv hold the DOT drawing's nodes and edges, by stable key", arguments: SeedViews.names)
    func countsMatchDOT(name: String) throws {
        try SeedViews.withBuilder { builder in
            let view = try SeedViews.view(name, from: builder)
            let dot = SeedViews.dotCounts(try DOTWriter().write(view))
            let folder = try GraphCSVWriter().write(view)
            #expect(folder.names == ["edges.csv", "nodes.csv"])
            let nodes = try CSVTable.records(try #require(folder.files["nodes.csv"]))
            let edges = try CSVTable.records(try #require(folder.files["edges.csv"]))
            #expect(nodes.header == GraphCSVWriter.nodeHeader)
            #expect(edges.header == GraphCSVWriter.edgeHeader)
            #expect(nodes.records.count == dot.nodes)
            #expect(edges.records.count == view.edges.count && dot.edges == SeedViews.pairCount(view))
            #expect(dot.nodes > 0 && dot.edges > 0)
            let keys = Set(nodes.records.compactMap { $0["key"] })
            #expect(keys.count == nodes.records.count, "node keys are not unique")
            for edge in edges.records {
                #expect(keys.contains(edge["from"] ?? ""), "unknown from \(edge["from"] ?? "")")
                #expect(keys.contains(edge["to"] ?? ""), "unknown to \(edge["to"] ?? "")")
            }
            #expect(try GraphCSVWriter().write(view) == folder)
        }
    }

    @Test("the dispatch meeting: keys, roles, dates, article keys and evidence")
    func dispatchMeeting() throws {
        try SeedViews.withBuilder { builder in
            let folder = try GraphCSVWriter().write(try builder.meeting(matching: "畜禽粪污"))
            let nodes = try CSVTable.records(try #require(folder.files["nodes.csv"])).records
            let edges = try CSVTable.records(try #require(folder.files["edges.csv"])).records
            let meeting = try #require(nodes.first { $0["kind"] == "meeting" })
            #expect(meeting["key"] == "meeting:韩俊调度全省畜禽粪污资源化利用情况@2022-06-16")
            #expect(meeting["date"] == "2022-06-16")
            #expect(nodes.contains { $0["key"] == "person:韩俊" && $0["detail"] == "省委副书记、省长" })
            let presided = try #require(edges.first { $0["kind"] == "presided" })
            #expect(presided["from"] == "person:韩俊")
            #expect(presided["to"] == meeting["key"])
            #expect(presided["role"] == "presided")
            #expect(presided["label"] == "主持")
            #expect(presided["date"] == "2022-06-16")
            #expect(EntityKey.isArticleKey(presided["article"] ?? ""))
            #expect(presided["evidence"]?.contains("韩俊调度全省畜禽粪污资源化利用情况") == true)
            let attended = edges.filter { $0["kind"] == "attended" }
            #expect(attended.first?["from"] == "person:吴靖平")
            #expect(attended.first?["ordinal"] == "1")
            #expect(edges.filter { $0["role"] == "reported" }.count == 6)
            let executive = try GraphCSVWriter().write(try builder.meeting(matching: "常务会议"))
            let executiveEdges = try CSVTable.records(try #require(executive.files["edges.csv"])).records
            #expect(executiveEdges.contains { $0["kind"] == "part_of" && $0["role"] == "" && $0["label"] == "属于" })
        }
    }

    @Test("commas, quotes and line breaks are quoted by RFC 4180 and read back unchanged")
    func escaping() throws {
        let odd = "a,\"b\"\nc"
        let view = GraphView(title: "t",
                             nodes: [GraphNode(id: "x", label: odd, kind: .person, subtitle: "s,t"),
                                     GraphNode(id: "y", label: "会议", kind: .meeting, date: "2022-06-16")],
                             edges: [GraphEdge(from: "x", to: "y", label: "主持", kind: .presided, date: "2022-06-16",
                                               article: "cf7a147fa542-0", evidence: odd)])
        let folder = try GraphCSVWriter().write(view)
        #expect(folder.files["nodes.csv"]?.contains("\"a,\"\"b\"\"\nc\"") == true)
        let nodes = try CSVTable.records(try #require(folder.files["nodes.csv"])).records
        let edges = try CSVTable.records(try #require(folder.files["edges.csv"])).records
        #expect(nodes.first?["name"] == odd)
        #expect(nodes.first?["detail"] == "s,t")
        #expect(nodes.first?["first_seen"] == "2022-06-16")
        #expect(edges.first?["evidence"] == odd)
        #expect(edges.first?["from"] == "x")
    }

    @Test("the same view in any order gives the same bytes")
    func deterministic() throws {
        let view = GraphViewSamples.generatedView(nodeCount: 40, edgeCount: 90)
        let first = try GraphCSVWriter().write(view)
        for seed in [1, 2, 3] as [UInt64] {
            #expect(try GraphCSVWriter().write(GraphViewSamples.permuted(view, seed: seed)) == first)
        }
    }

    @Test("an edge to a node the view lacks is refused")
    func unknownNode() {
        let view = GraphView(title: "t", nodes: [GraphNode(id: "x", label: "x", kind: .person)],
                             edges: [GraphEdge(from: "x", to: "y", label: "主持", kind: .presided)])
        #expect(throws: NewsGraphError.self) { try GraphCSVWriter().write(view) }
    }
}
