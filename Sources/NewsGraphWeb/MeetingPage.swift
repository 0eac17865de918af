/// A meeting's page: when and where, who presided, spoke, attended and reported in printed
/// order with the sentence that says so and its article, and the meeting's diagram.
public struct MeetingPage: Sendable {
    /// One person's (or body's) role, in print order.
    public struct RoleLine: Sendable {
        /// `presided`, `spoke`, `attended`, `reported`.
        public var role: String
        /// `主持`, `讲话`, `出席`, `汇报`.
        public var label: String
        /// The place in a printed list, from 1; empty when not in a list.
        public var number: String
        public var participant: PageLink
        public var evidence: String
        public var article: PageLink
    }

    public var site: SiteFrame
    public var key: String
    public var name: String
    public var date: String?
    public var place: String?
    public var series: String?
    /// The other names, joined; nil when none.
    public var aliases: String?
    public var article: PageLink?
    public var roles: [RoleLine]
    public var diagram: Diagram
}
