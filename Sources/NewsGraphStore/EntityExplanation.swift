import NewsGraphModel

/// Why an entity is what it is: its key, names, where it was seen, and the resolver's decisions.
public struct EntityExplanation: Sendable, Equatable, Codable {
    public struct Sighting: Sendable, Equatable, Codable {
        public var articleId: Int64
        /// The article's stable key (`EntityKey.article`).
        public var articleKey: String = ""
        public var source: String
        public var issueDate: String?
        public var region: String?
        public var text: String
        public var rule: String
    }

    public var id: Int64
    public var kind: EntityKind
    public var name: String
    public var key: String
    public var aliases: [String]
    public var sightings: [Sighting]
    /// `merged`, `kept-apart` or `alias`, with the reason.
    public var decisions: [String]
}
