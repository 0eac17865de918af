import NewsGraphModel

/// Everything the graph says about one person: posts, organisations, meetings, company kept.
///
/// Dates are the relation's own date, else the issue date of the article that printed it.
/// `posts` and `organizations` are ordered by first date seen, then name; `meetings` oldest
/// first; `coAttendees` by how many meetings they shared, most first, then in the order first
/// seen (oldest meeting first, its people in text and print order).
public struct PersonRecord: Equatable, Sendable {
    /// A post (`省长`) or organisation the person was printed with, and when.
    public struct Tenure: Equatable, Sendable {
        public var name: String
        /// For a post: the organisation it belongs to, when printed (`省委` for `省委副书记`).
        public var organization: String?
        public var firstSeen: String?
        public var lastSeen: String?
        /// When the text said the post began (任, 当选) or ended (不再担任), if it did.
        public var began: String?
        public var ended: String?
        /// The articles that printed it, in store order.
        public var articleIds: [Int64]
        /// The same articles by their stable keys.
        public var articleKeys: [String] = []

        public init(name: String, organization: String?, firstSeen: String?, lastSeen: String?, began: String? = nil,
                    ended: String? = nil, articleIds: [Int64]) {
            self.name = name
            self.organization = organization
            self.firstSeen = firstSeen
            self.lastSeen = lastSeen
            self.began = began
            self.ended = ended
            self.articleIds = articleIds
        }
    }

    /// Someone who took part in the same meetings.
    public struct CoAttendee: Equatable, Sendable {
        public var entityId: Int64
        /// The person's qualified key (`person:…`).
        public var key: String = ""
        public var name: String
        /// The shared meetings, by name, oldest first.
        public var meetings: [String]
        public var count: Int { meetings.count }

        public init(entityId: Int64, name: String, meetings: [String]) {
            self.entityId = entityId
            self.name = name
            self.meetings = meetings
        }
    }

    public var entityId: Int64
    /// The person's qualified key (`person:张三`, or `person:张三@吉林` for one of two of that name).
    public var key: String = ""
    public var name: String
    /// Other names printed for the person, sorted.
    public var aliases: [String]
    public var posts: [Tenure]
    public var organizations: [Tenure]
    public var meetings: [PersonMeeting]
    public var coAttendees: [CoAttendee]

    public init(entityId: Int64, name: String, aliases: [String], posts: [Tenure], organizations: [Tenure],
                meetings: [PersonMeeting], coAttendees: [CoAttendee]) {
        self.entityId = entityId
        self.name = name
        self.aliases = aliases
        self.posts = posts
        self.organizations = organizations
        self.meetings = meetings
        self.coAttendees = coAttendees
    }
}
