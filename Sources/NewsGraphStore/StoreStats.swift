import NewsGraphModel

/// How many rows each table of the store holds, and how the entities and relations divide.
///
/// `entitiesByKind` and `relationsByKind` hold every kind, zero counts included; iterate
/// `EntityKind.allCases` or `RelationKind.allCases` for a stable order.
public struct StoreStats: Equatable, Sendable {
    public var issues: Int
    public var articles: Int
    public var sentences: Int
    public var entities: Int
    public var aliases: Int
    public var mentions: Int
    public var relations: Int
    public var entitiesByKind: [EntityKind: Int]
    public var relationsByKind: [RelationKind: Int]

    public init(issues: Int, articles: Int, sentences: Int, entities: Int, aliases: Int, mentions: Int,
                relations: Int, entitiesByKind: [EntityKind: Int], relationsByKind: [RelationKind: Int]) {
        self.issues = issues
        self.articles = articles
        self.sentences = sentences
        self.entities = entities
        self.aliases = aliases
        self.mentions = mentions
        self.relations = relations
        self.entitiesByKind = entitiesByKind
        self.relationsByKind = relationsByKind
    }
}
