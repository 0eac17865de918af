import NewsGraphModel

/// An entity as queries and exports show it: its identity, facts, names and mention count.
///
/// `aliases` are sorted and include the entity's own name.
public struct EntityRow: Equatable, Sendable, Codable {
    public var id: Int64
    public var kind: EntityKind
    public var name: String
    public var key: String
    public var date: String?
    public var place: String?
    public var series: String?
    public var detail: String?
    public var aliases: [String]
    /// How many mentions refer to the entity.
    public var mentionCount: Int

    public init(id: Int64, kind: EntityKind, name: String, key: String, date: String?, place: String?,
                series: String?, detail: String?, aliases: [String], mentionCount: Int) {
        self.id = id
        self.kind = kind
        self.name = name
        self.key = key
        self.date = date
        self.place = place
        self.series = series
        self.detail = detail
        self.aliases = aliases
        self.mentionCount = mentionCount
    }
}
