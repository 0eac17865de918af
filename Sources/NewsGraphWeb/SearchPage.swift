/// The search page: articles whose text holds the query (one or two characters too), and the
/// people, meetings and policies whose names hold it.
public struct SearchPage: Sendable {
    /// One article found.
    public struct Hit: Sendable {
        public var title: PageLink
        public var key: String
        /// The text around the match, cut in three so the match can be marked by the template.
        public var before: String
        public var match: String
        public var after: String
    }

    public var site: SiteFrame
    public var query: String
    public var hasQuery: Bool
    public var hits: [Hit]
    public var entities: [PageLink]
    /// Whether the list was cut at the limit.
    public var isCut: Bool
}
