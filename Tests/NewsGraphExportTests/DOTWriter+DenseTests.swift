import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

/// Dense ranked drawings: `xlabel`s, closer nodes, a table legend; posts ranked before their holders.
@Suite("DOTWriter: dense drawings")
struct DOTWriterDenseTests {
    @Test("above boundedEffortThreshold a dot drawing labels edges with xlabel and draws a table legend")
    func dense() throws {
        let view = GraphViewSamples.meetingView()
        let size = view.nodes.count + view.edges.count
        let sparse = try DOTWriter(boundedEffortThreshold: size).write(view)
        #expect(sparse.contains("nodesep=0.25") && !sparse.contains("xlabel=") && sparse.contains("legend_node_"))
        let dense = try DOTWriter(boundedEffortThreshold: size - 1).write(view)
        #expect(dense.contains("nodesep=0.12") && dense.contains("xlabel=\"主持 · 讲话\"") && !dense.contains(" [label=\"主持"))
        #expect(dense.contains("legend_table") && !dense.contains("legend_node_"))
        var timeline = view
        timeline.layoutHint = .timeline
        #expect(!(try DOTWriter(boundedEffortThreshold: 0).write(timeline)).contains("xlabel="))
    }

    @Test("任职 and 隶属 are written head to tail with dir=back in dot, as given in sfdp")
    func backwards() throws {
        let view = GraphView(title: "", nodes: [GraphNode(EntityRef(.person, "韩俊")), GraphNode(EntityRef(.post, "省长"))],
                             edges: [GraphEdge(from: "person:韩俊", to: "post:省长", label: "任职", kind: .holdsPost)])
        let person = GraphNode.dotIdentifier(for: "person:韩俊"), post = GraphNode.dotIdentifier(for: "post:省长")
        let dot = try DOTWriter().write(view)
        #expect(dot.contains("\(post) -> \(person) [") && dot.contains("dir=back, arrowtail=empty"))
        let sfdp = try DOTWriter(layout: .sfdp).write(view)
        #expect(sfdp.contains("\(person) -> \(post) [") && !sfdp.contains("dir=back"))
    }
}
