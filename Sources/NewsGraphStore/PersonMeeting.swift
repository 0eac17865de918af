import NewsGraphModel

/// A meeting someone took part in, with their role(s) there.
///
/// `roles` are in `RelationKind.meetingRoles` order. `date` is the meeting's date, else the
/// date of the role relations, else the dateline or issue date of the reporting article.
public struct PersonMeeting: Equatable, Sendable {
    public var meetingId: Int64
    /// The meeting's qualified key (`meeting:…`).
    public var key: String = ""
    public var meeting: String
    /// `YYYY-MM-DD`, or `MM-DD` when the year is unknown.
    public var date: String?
    public var place: String?
    public var roles: [RelationKind]
    /// The first article that reports the person's part.
    public var article: ArticleRef

    public init(meetingId: Int64, meeting: String, date: String?, place: String?, roles: [RelationKind], article: ArticleRef) {
        self.meetingId = meetingId
        self.meeting = meeting
        self.date = date
        self.place = place
        self.roles = roles
        self.article = article
    }
}
