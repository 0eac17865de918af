import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("GraphMLWriter")
struct GraphMLWriterTests {
    /// The `<data>` values of an element, by the `attr.name` of their key.
    static func data(_ element: XMLTree.Element, keys: [String: String]) -> [String: String] {
        Dictionary(element.children("data").map { (keys[$0.attributes["key"] ?? ""] ?? "?", $0.text) },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test("well-formed GraphML with the DOT drawing's nodes and edges and declared keys", arguments: SeedViews.names)
    func countsMatchDOT(name: String) throws {
        try SeedViews.withBuilder { builder in
            let view = try SeedViews.view(name, from: builder)
            let dot = SeedViews.dotCounts(try DOTWriter().write(view))
            let text = try GraphMLWriter().write(view)
            let root = try XMLTree.parse(text)
            #expect(root.name == "graphml")
            let declared = root.children("key")
            let nodeKeys = Set(declared.filter { $0.attributes["for"] == "node" }.compactMap { $0.attributes["attr.name"] })
            let edgeKeys = Set(declared.filter { $0.attributes["for"] == "edge" }.compactMap { $0.attributes["attr.name"] })
            #expect(nodeKeys.isSuperset(of: ["kind", "key", "label", "date", "first_seen", "last_seen"]))
            #expect(edgeKeys.isSuperset(of: ["kind", "role", "label", "date", "article", "evidence"]))
            let keyIds = Set(declared.compactMap { $0.attributes["id"] })
            let graph = try #require(root.children("graph").first)
            #expect(graph.attributes["edgedefault"] == "directed")
            let nodes = graph.children("node"), edges = graph.children("edge")
            #expect(nodes.count == dot.nodes)
            #expect(edges.count == view.edges.count && dot.edges == SeedViews.pairCount(view))
            let ids = Set(nodes.compactMap { $0.attributes["id"] })
            #expect(ids.count == nodes.count)
            for edge in edges {
                #expect(ids.contains(edge.attributes["source"] ?? ""), "unknown source \(edge.attributes["source"] ?? "")")
                #expect(ids.contains(edge.attributes["target"] ?? ""), "unknown target \(edge.attributes["target"] ?? "")")
            }
            for data in root.descendants("data") {
                #expect(keyIds.contains(data.attributes["key"] ?? ""), "undeclared key \(data.attributes["key"] ?? "")")
            }
            #expect(try GraphMLWriter().write(view) == text)
        }
    }

    @Test("the dispatch meeting: node kinds, keys, labels, dates; edge roles, dates, article keys, evidence")
    func dispatchMeeting() throws {
        try SeedViews.withBuilder { builder in
            let root = try XMLTree.parse(try GraphMLWriter().write(try builder.meeting(matching: "畜禽粪污")))
            let keys = Dictionary(uniqueKeysWithValues: root.children("key").map { ($0.attributes["id"] ?? "", $0.attributes["attr.name"] ?? "") })
            let graph = try #require(root.children("graph").first)
            let hanJun = try #require(graph.children("node").first { $0.attributes["id"] == "person:韩俊" })
            #expect(Self.data(hanJun, keys: keys)["kind"] == "person")
            #expect(Self.data(hanJun, keys: keys)["label"] == "韩俊")
            #expect(Self.data(hanJun, keys: keys)["first_seen"] == "2022-06-16")
            let meetingKey = "meeting:韩俊调度全省畜禽粪污资源化利用情况@2022-06-16"
            let meeting = try #require(graph.children("node").first { $0.attributes["id"] == meetingKey })
            #expect(Self.data(meeting, keys: keys)["date"] == "2022-06-16")
            let presided = try #require(graph.children("edge").first { Self.data($0, keys: keys)["kind"] == "presided" })
            #expect(presided.attributes["source"] == "person:韩俊")
            #expect(presided.attributes["target"] == meetingKey)
            let values = Self.data(presided, keys: keys)
            #expect(values["role"] == "presided")
            #expect(values["label"] == "主持")
            #expect(values["date"] == "2022-06-16")
            #expect(EntityKey.isArticleKey(values["article"] ?? ""))
            #expect(values["evidence"]?.contains("韩俊调度全省畜禽粪污资源化利用情况") == true)
        }
    }

    @Test("markup, quotes and line breaks in names and evidence are escaped and read back unchanged")
    func escaping() throws {
        let odd = "<script>alert('x')</script> & \"引号\"\n第二行"
        let view = GraphView(title: odd,
                             nodes: [GraphNode(id: "x", label: odd, kind: .person, key: "person:<x>&"),
                                     GraphNode(id: "y", label: "会议", kind: .meeting)],
                             edges: [GraphEdge(from: "x", to: "y", label: "主持", kind: .presided, evidence: odd + "\u{0007}")])
        let text = try GraphMLWriter().write(view)
        #expect(!text.contains("<script>"))
        let root = try XMLTree.parse(text)
        let graph = try #require(root.children("graph").first)
        let node = try #require(graph.children("node").first { $0.attributes["id"] == "person:<x>&" })
        #expect(node.children("data").contains { $0.text == odd })
        #expect(graph.children("edge").first?.attributes["source"] == "person:<x>&")
        #expect(graph.children("edge").first?.children("data").contains { $0.text == odd } == true)
        #expect(graph.children("data").first?.text == odd)
    }

    @Test("the same view in any order gives the same bytes")
    func deterministic() throws {
        let view = GraphViewSamples.generatedView(nodeCount: 40, edgeCount: 90)
        let first = try GraphMLWriter().write(view)
        for seed in [1, 2, 3] as [UInt64] {
            #expect(try GraphMLWriter().write(GraphViewSamples.permuted(view, seed: seed)) == first)
        }
    }
}
