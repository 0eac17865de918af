import NewsGraphModel

/// One relation of a `GraphView`, between two nodes named by their ids.
///
/// `ordinal` keeps an order the source printed, from 0 (the third person in an attendance list has
/// ordinal 2, shown as `#3` after the label); it also orders edges deterministically.
///
/// ```swift
/// let edge = GraphEdge(from: "person:韩俊", to: "meeting:省政府常务会议",
///                      label: "主持", kind: .presided)
/// ```
public struct GraphEdge: Hashable, Codable, Sendable {
    /// The `GraphNode.id` the edge starts at.
    public var from: String
    /// The `GraphNode.id` the edge points to.
    public var to: String
    public var label: String
    public var kind: RelationKind
    public var ordinal: Int?

    public init(from: String, to: String, label: String, kind: RelationKind, ordinal: Int? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.kind = kind
        self.ordinal = ordinal
    }
}
