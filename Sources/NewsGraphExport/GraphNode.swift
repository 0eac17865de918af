import NewsGraphModel

/// One entity of a `GraphView`: what it is called and how it is drawn.
///
/// `id` is the entity's stable identity in the graph (`person:韩俊`) and may hold any
/// characters; the DOT identifier is derived from it (see `dotIdentifier`), so the Chinese
/// stays in the label and never in the DOT syntax.
///
/// ```swift
/// let node = GraphNode(EntityRef(.meeting, "省政府常务会议"),
///                      subtitle: "2022-06-16", rank: "2022-06-16")
/// // node.id == "meeting:省政府常务会议", node.label == "省政府常务会议"
/// ```
public struct GraphNode: Hashable, Codable, Sendable {
    /// Stable identity, unique within a view (`person:韩俊`).
    public var id: String
    /// The name shown in the node.
    public var label: String
    public var kind: EntityKind
    /// An optional second line under the label, such as a date or a post.
    public var subtitle: String?
    /// For timelines: the group the node is drawn in. Groups are ordered by plain string
    /// comparison, so use ISO dates (`2022-06-16`) to get date order.
    public var rank: String?

    public init(id: String, label: String, kind: EntityKind, subtitle: String? = nil, rank: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.subtitle = subtitle
        self.rank = rank
    }

    /// A node for an entity reference: the id is `kind:name` and the label the name.
    public init(_ ref: EntityRef, subtitle: String? = nil, rank: String? = nil) {
        self.init(id: ref.description, label: ref.name, kind: ref.kind, subtitle: subtitle, rank: rank)
    }
}
