import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

/// Clustered nodes framed in `subgraph cluster_…`, large clustered views drawn with `fdp`.
@Suite("DOTWriter: clusters")
struct DOTWriterClustersTests {
    /// The sample meeting view with 韩俊 and 蔡东 in cluster 吉林.
    func clusteredView() -> GraphView {
        var view = GraphViewSamples.meetingView()
        view.nodes = view.nodes.map { node in
            var node = node
            if node.label == "韩俊" || node.label == "蔡东" { node.cluster = "吉林" }
            return node
        }
        return view
    }

    @Test("clustered nodes are declared inside one labelled cluster; the rest as before")
    func framed() throws {
        let dot = try DOTWriter().write(clusteredView())
        let start = try #require(dot.range(of: "  subgraph cluster_g0000 {\n    label=\"吉林\";"))
        let end = try #require(dot[start.upperBound...].range(of: "\n  }\n"))
        let inside = dot[start.upperBound..<end.lowerBound]
        #expect(inside.contains("label=\"韩俊") && inside.contains("label=\"蔡东") && !inside.contains("吴靖平"))
        #expect(SeedViews.dotCounts(dot) == SeedViews.dotCounts(try DOTWriter().write(GraphViewSamples.meetingView())))
    }

    @Test("a large clustered view: dot up to largeViewNodeLimit nodes, fdp (unlabelled) above; without clusters sfdp; a timeline is not framed")
    func engine() throws {
        var large = clusteredView()
        large.layoutHint = .large
        let ranked = try DOTWriter().write(large)
        #expect(DOTWriter().layoutEngine(for: large) == .dot && ranked.contains("cluster_g0000"))
        let many = DOTWriter(largeViewNodeLimit: large.nodes.count - 1)
        let dot = try many.write(large)
        #expect(many.layoutEngine(for: large) == .fdp && dot.contains("layout=fdp") && dot.contains("cluster_g0000"))
        #expect(!dot.contains("label=\"主持\""))
        var plain = GraphViewSamples.meetingView()
        plain.layoutHint = .large
        #expect(DOTWriter().layoutEngine(for: plain) == .sfdp)
        var timeline = clusteredView()
        timeline.layoutHint = .timeline
        #expect(!(try DOTWriter().write(timeline)).contains("cluster_g"))
    }
}
