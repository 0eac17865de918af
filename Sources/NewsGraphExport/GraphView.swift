/// A drawable part of the knowledge graph: a titled set of nodes and edges with a layout hint.
///
/// A view is a plain value that queries build and `DOTWriter` renders; it knows nothing of
/// DOT or Graphviz. Node and edge order does not matter: the writer sorts both, so two views
/// with the same content give byte-identical DOT.
///
/// ```swift
/// let view = GraphView(
///     title: "省政府常务会议",
///     nodes: [GraphNode(EntityRef(.person, "韩俊")), GraphNode(EntityRef(.meeting, "省政府常务会议"))],
///     edges: [GraphEdge(from: "person:韩俊", to: "meeting:省政府常务会议", label: "主持", kind: .presided)],
///     layoutHint: .ranked)
/// let dot = try DOTWriter().write(view)
/// ```
public struct GraphView: Hashable, Codable, Sendable {
    /// Shown above the drawing; may be empty.
    public var title: String
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]
    public var layoutHint: GraphLayoutHint

    public init(title: String, nodes: [GraphNode] = [], edges: [GraphEdge] = [], layoutHint: GraphLayoutHint = .ranked) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.layoutHint = layoutHint
    }
}
