/// One person as `newsgraph people` lists them: how often and where they were printed.
///
/// Counts are of distinct articles; `firstSeen` and `lastSeen` are the issue dates of the
/// first and last dated article that names them.
public struct PersonSummary: Equatable, Sendable {
    /// The qualified key (`person:张三`).
    public var key: String
    public var name: String
    public var articles: Int
    public var mentions: Int
    /// Meetings the person has a role at.
    public var meetings: Int
    public var firstSeen: String?
    public var lastSeen: String?
    /// The posts printed with the name, most printed first (at most three).
    public var posts: [String]

    public init(key: String, name: String, articles: Int, mentions: Int, meetings: Int, firstSeen: String?, lastSeen: String?,
                posts: [String]) {
        self.key = key
        self.name = name
        self.articles = articles
        self.mentions = mentions
        self.meetings = meetings
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.posts = posts
    }
}
