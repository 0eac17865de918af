/// The home page: what the graph holds, the latest meetings, and lists of people, policies and articles.
///
/// The server lists the latest meetings and the most printed people and policies; the static
/// report lists every meeting, person, policy and article, since it has no search to find the rest.
public struct HomePage: Sendable {
    /// One number of the graph (`文章 articles: 12`).
    public struct Count: Sendable {
        public var label: String
        public var value: Int
    }

    /// A meeting in the list.
    public struct MeetingLine: Sendable {
        public var date: String
        public var name: PageLink
        public var place: String
        public var people: Int
    }

    /// A person or policy in a list, with how many articles print it.
    public struct EntityLine: Sendable {
        public var name: PageLink
        public var key: String
        public var articles: Int
    }

    /// An article in the list.
    public struct ArticleLine: Sendable {
        public var date: String
        public var title: PageLink
        public var key: String
    }

    public var site: SiteFrame
    public var counts: [Count]
    public var meetings: [MeetingLine]
    public var people: [EntityLine]
    public var policies: [EntityLine]
    public var articles: [ArticleLine]
    /// Whether the lists are whole (the report) or cut to the first few (the server).
    public var isComplete: Bool
}
