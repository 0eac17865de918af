/// A person's page: posts as a timeline with dates and jurisdictions, meetings by date with
/// roles, the people met at them, and the person's diagram.
public struct PersonPage: Sendable {
    /// A post (or an organisation the person belongs to) and when it was seen.
    public struct TenureLine: Sendable {
        /// The post as printed (`省长`).
        public var name: String
        /// The organisation printed with it, or empty.
        public var organization: String?
        /// The province the articles place it in (`吉林`), or nil when they do not say or disagree.
        public var jurisdiction: String?
        /// `2022-06-16` or `2022-06-16 – 2023-01-05`.
        public var dates: String
        /// When an article said the post began or ended, or nil.
        public var change: String?
        public var articles: [PageLink]
    }

    /// A meeting the person took part in.
    public struct MeetingLine: Sendable {
        public var date: String
        public var meeting: PageLink
        public var roles: String
        public var place: String
        public var article: PageLink
    }

    /// Someone met at the person's meetings.
    public struct CoAttendeeLine: Sendable {
        public var person: PageLink
        public var count: Int
        public var meetings: String
    }

    public var site: SiteFrame
    public var key: String
    public var name: String
    public var aliases: String?
    public var posts: [TenureLine]
    public var organizations: [TenureLine]
    public var meetings: [MeetingLine]
    public var coAttendees: [CoAttendeeLine]
    public var diagram: Diagram
}
