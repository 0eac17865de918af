import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("GEXFWriter")
struct GEXFWriterTests {
    /// The `<attvalue>` values of an element, by attribute id.
    static func values(_ element: XMLTree.Element) -> [String: String] {
        Dictionary(element.descendants("attvalue").map { ($0.attributes["for"] ?? "", $0.attributes["value"] ?? "") },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test("well-formed dynamic GEXF 1.3 with the DOT drawing's nodes and edges", arguments: SeedViews.names)
    func countsMatchDOT(name: String) throws {
        try SeedViews.withBuilder { builder in
            let view = try SeedViews.view(name, from: builder)
            let dot = SeedViews.dotCounts(try DOTWriter().write(view))
            let text = try GEXFWriter().write(view)
            let root = try XMLTree.parse(text)
            #expect(root.name == "gexf")
            #expect(root.attributes["version"] == "1.3")
            let graph = try #require(root.children("graph").first)
            #expect(graph.attributes["mode"] == "dynamic")
            #expect(graph.attributes["timeformat"] == "date")
            #expect(graph.attributes["defaultedgetype"] == "directed")
            let declared = Set(graph.children("attributes").flatMap { $0.children("attribute") }.compactMap { $0.attributes["id"] })
            #expect(declared.isSuperset(of: ["kind", "key", "date", "first_seen", "last_seen", "role", "article", "evidence"]))
            let nodes = graph.descendants("node"), edges = graph.descendants("edge")
            #expect(nodes.count == dot.nodes)
            #expect(edges.count == view.edges.count && dot.edges == SeedViews.pairCount(view))
            let ids = Set(nodes.compactMap { $0.attributes["id"] })
            #expect(ids.count == nodes.count)
            for edge in edges {
                #expect(ids.contains(edge.attributes["source"] ?? ""))
                #expect(ids.contains(edge.attributes["target"] ?? ""))
                if let start = edge.attributes["start"] { #expect(edge.attributes["end"] == start) }
            }
            for node in nodes {
                #expect(node.attributes["label"]?.isEmpty == false)
                if let start = node.attributes["start"], let end = node.attributes["end"] { #expect(start <= end) }
            }
            for value in root.descendants("attvalue") { #expect(declared.contains(value.attributes["for"] ?? "")) }
            #expect(try GEXFWriter().write(view) == text)
        }
    }

    @Test("the dispatch meeting: kinds, keys, labels and dates as attributes, intervals on its day")
    func dispatchMeeting() throws {
        try SeedViews.withBuilder { builder in
            let root = try XMLTree.parse(try GEXFWriter().write(try builder.meeting(matching: "畜禽粪污")))
            let hanJun = try #require(root.descendants("node").first { $0.attributes["id"] == "person:韩俊" })
            #expect(hanJun.attributes["label"] == "韩俊")
            #expect(hanJun.attributes["start"] == "2022-06-16")
            #expect(hanJun.attributes["end"] == "2022-06-16")
            #expect(Self.values(hanJun)["kind"] == "person")
            #expect(Self.values(hanJun)["key"] == "person:韩俊")
            #expect(Self.values(hanJun)["detail"] == "省委副书记、省长")
            let edges = root.descendants("edge").map { (element: $0, values: Self.values($0)) }
            let attended = edges.filter { $0.values["kind"] == "attended" }
            #expect(attended.count == 8)
            let first = try #require(attended.first { $0.values["ordinal"] == "0" }?.element)
            #expect(first.attributes["source"] == "person:吴靖平")
            #expect(first.attributes["label"] == "出席")
            #expect(first.attributes["start"] == "2022-06-16")
            #expect(Self.values(first)["role"] == "attended")
            #expect(EntityKey.isArticleKey(Self.values(first)["article"] ?? ""))
            #expect(Self.values(first)["evidence"]?.contains("参加会议") == true)
        }
    }

    @Test("a policy timeline spans its days; undated things have no interval")
    func intervals() throws {
        let view = GraphView(title: "t",
                             nodes: [GraphNode(id: "a", label: "甲", kind: .organization),
                                     GraphNode(id: "b", label: "乙", kind: .policy, date: "2022-05-12"),
                                     GraphNode(id: "c", label: "丙", kind: .place, date: "06-16")],
                             edges: [GraphEdge(from: "a", to: "b", label: "印发", kind: .issued, date: "2022-06-10"),
                                     GraphEdge(from: "a", to: "c", label: "", kind: .heldIn, date: "06-16")])
        let root = try XMLTree.parse(try GEXFWriter().write(view))
        let nodes = Dictionary(uniqueKeysWithValues: root.descendants("node").map { ($0.attributes["id"] ?? "", $0) })
        #expect(nodes["a"]?.attributes["start"] == "2022-06-10")
        #expect(nodes["b"]?.attributes["start"] == "2022-05-12")
        #expect(nodes["b"]?.attributes["end"] == "2022-06-10")
        #expect(nodes["c"]?.attributes["start"] == nil)
        let undated = root.descendants("edge").first { $0.attributes["target"] == "c" }
        #expect(undated?.attributes["start"] == nil)
        #expect(undated?.attributes["label"] == nil)
    }

    @Test("markup and quotes in labels and evidence are escaped and read back unchanged")
    func escaping() throws {
        let odd = "<script>alert('x')</script> & \"引号\"\n第二行"
        let view = GraphView(title: odd,
                             nodes: [GraphNode(id: "x", label: odd, kind: .person), GraphNode(id: "y", label: "会", kind: .meeting)],
                             edges: [GraphEdge(from: "x", to: "y", label: odd, kind: .presided, evidence: odd)])
        let text = try GEXFWriter().write(view)
        #expect(!text.contains("<script>"))
        let root = try XMLTree.parse(text)
        #expect(root.descendants("node").first { $0.attributes["id"] == "x" }?.attributes["label"] == odd)
        let edge = try #require(root.descendants("edge").first)
        #expect(Self.values(edge)["evidence"] == odd)
        #expect(root.descendants("description").first?.text == odd)
    }

    @Test("the same view in any order gives the same bytes")
    func deterministic() throws {
        let view = GraphViewSamples.generatedView(nodeCount: 40, edgeCount: 90)
        let first = try GEXFWriter().write(view)
        for seed in [1, 2, 3] as [UInt64] {
            #expect(try GEXFWriter().write(GraphViewSamples.permuted(view, seed: seed)) == first)
        }
    }
}
