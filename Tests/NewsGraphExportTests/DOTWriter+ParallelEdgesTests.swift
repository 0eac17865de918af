import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

/// Edges between one pair of nodes drawn as one line with all their labels.
@Suite("DOTWriter: parallel edges")
struct DOTWriterParallelEdgesTests {
    @Test("presided and spoke at one meeting: one line 主持 · 讲话 in the presided style")
    func merged() throws {
        let view = GraphView(title: "", nodes: [GraphNode(EntityRef(.person, "韩俊")), GraphNode(EntityRef(.meeting, "会议")),
                                                GraphNode(EntityRef(.person, "刘凯"))],
                             edges: [GraphEdge(from: "person:韩俊", to: "meeting:会议", label: "讲话", kind: .spoke),
                                     GraphEdge(from: "person:韩俊", to: "meeting:会议", label: "主持", kind: .presided),
                                     GraphEdge(from: "person:刘凯", to: "meeting:会议", label: "出席", kind: .attended, ordinal: 2)])
        let dot = try DOTWriter().write(view)
        let lines = dot.split(separator: "\n").filter { $0.hasPrefix("  n_") && $0.contains(" -> ") }
        #expect(lines.count == 2)
        let chair = try #require(lines.first { $0.hasPrefix("  \(GraphNode.dotIdentifier(for: "person:韩俊"))") })
        #expect(chair.contains("label=\"主持 · 讲话\", style=bold"))
        #expect(lines.contains { $0.contains("label=\"出席 #3\"") })
    }

    @Test("edges in the other direction, or to other nodes, stay apart; a repeated label is kept once")
    func apart() {
        let edges = [GraphEdge(from: "a", to: "b", label: "出席", kind: .attended, ordinal: 0),
                     GraphEdge(from: "a", to: "b", label: "出席", kind: .attended, ordinal: 0),
                     GraphEdge(from: "a", to: "c", label: "出席", kind: .attended),
                     GraphEdge(from: "b", to: "a", label: "讲话", kind: .spoke)]
        let merged = DOTWriter.mergingParallel(edges)
        #expect(merged.map(\.labels) == [["出席 #1"], ["出席"], ["讲话"]])
        #expect(merged.map(\.edge.to) == ["b", "c", "a"])
    }
}
