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
    /// The day the relation held (`YYYY-MM-DD`, or `MM-DD` without a year), for the exports.
    public var date: String?
    /// The stable key of the article that printed the relation (`cf7a147fa542-0`).
    public var article: String?
    /// The sentence(s) that show the relation.
    public var evidence: String?

    public init(from: String, to: String, label: String, kind: RelationKind, ordinal: Int? = nil, date: String? = nil,
                article: String? = nil, evidence: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.kind = kind
        self.ordinal = ordinal
        self.date = date
        self.article = article
        self.evidence = evidence
    }
}
