import NewsGraphModel
import NewsGraphStore

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
    /// The stable key the exports name the node by, unique within a view: the entity's qualified
    /// key (`person:韩俊`, see `EntityKey.qualified(kind:key:)`), with `#` and a distinction for
    /// nodes that are not one stored entity (a policy on one day: `policy:…#2022-06-16`).
    public var key: String
    /// The node's own date (a meeting's, a policy event's day), `YYYY-MM-DD` or `MM-DD`.
    public var date: String?
    /// The group a drawing frames the node in (`吉林`, `吉林省委`, see `GraphViewBuilder.clustered`);
    /// nil for none. The data exports do not write it.
    public var cluster: String?

    /// A node; `key` defaults to `id`.
    public init(id: String, label: String, kind: EntityKind, subtitle: String? = nil, rank: String? = nil,
                key: String? = nil, date: String? = nil, cluster: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.subtitle = subtitle
        self.rank = rank
        self.key = key ?? id
        self.date = date
        self.cluster = cluster
    }

    /// A node for an entity reference: the id is `kind:name`, the label the name, the key the
    /// qualified key `EntityKey` computes from the name.
    public init(_ ref: EntityRef, subtitle: String? = nil, rank: String? = nil, date: String? = nil) {
        self.init(id: ref.description, label: ref.name, kind: ref.kind, subtitle: subtitle, rank: rank,
                  key: EntityKey.qualified(kind: ref.kind.rawValue, key: EntityKey.key(for: ref)), date: date)
    }
}
