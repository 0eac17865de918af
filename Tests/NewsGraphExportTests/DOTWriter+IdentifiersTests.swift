import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

/// The DOT identifiers of a view's nodes, looked up by their ids' bytes.
@Suite("DOTWriter: identifiers")
struct DOTWriterIdentifiersTests {
    @Test("each node's id gives its own identifier; an id the view does not hold gives none")
    func byId() {
        let nodes = [GraphNode(EntityRef(.person, "韩俊")), GraphNode(EntityRef(.meeting, "省政府常务会议"))]
        let identifiers = DOTWriter.Identifiers(nodes)
        for node in nodes { #expect(identifiers.identifier(of: node.id) == node.dotIdentifier) }
        #expect(identifiers.identifier(of: "person:刘凯") == nil)
    }

    @Test("an end spelt with other scalars than its node, equal to it as Swift compares, finds the node's identifier")
    func canonicallyEqual() throws {
        let composed = GraphNode(id: "person:Café", label: "Café", kind: .person)
        let identifiers = DOTWriter.Identifiers([composed])
        let decomposed = "person:Cafe\u{301}"
        #expect(!decomposed.utf8.elementsEqual(composed.id.utf8))
        #expect(identifiers.identifier(of: decomposed) == composed.dotIdentifier)
        // And a whole drawing with such an edge end is written, its edge to that node.
        let view = GraphView(title: "", nodes: [composed, GraphNode(EntityRef(.meeting, "会议"))],
                             edges: [GraphEdge(from: decomposed, to: "meeting:会议", label: "出席", kind: .attended)])
        let dot = try DOTWriter().write(view)
        #expect(dot.contains("  \(composed.dotIdentifier) -> "))
    }

    @Test("tails asked for in a row give each its own identifier, a tail the view does not hold none")
    func tailsInOrder() {
        let nodes = [GraphNode(EntityRef(.person, "韩俊")), GraphNode(EntityRef(.person, "刘伟"))]
        var identifiers = DOTWriter.Identifiers(nodes)
        for id in ["person:韩俊", "person:韩俊", "person:刘伟", "person:刘凯", "person:刘凯", "person:韩俊"] {
            #expect(identifiers.identifier(ofTail: id) == identifiers.identifier(of: id))
        }
        #expect(identifiers.identifier(ofTail: "person:刘伟") == nodes[1].dotIdentifier)
        #expect(identifiers.identifier(ofTail: "person:刘凯") == nil)
    }
}
