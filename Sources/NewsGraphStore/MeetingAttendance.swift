import NewsGraphModel

/// A meeting with who presided, spoke, attended and reported, each with the evidence.
///
/// `participants` are in `RelationKind.meetingRoles` order, then by the article that
/// reported them, then in print order (the relation ordinal); a name appears at most once per
/// role. `date` is the meeting's own date, else the date its role relations carry. `article`
/// is the first article that gives the meeting's roles, else the first that names it.
public struct MeetingAttendance: Equatable, Sendable {
    public var meetingId: Int64
    /// The meeting's qualified key (`meeting:…`).
    public var key: String = ""
    public var name: String
    /// The meeting's other names, sorted, without its own name and without anaphors shorter than
    /// `MeetingNameMatcher.minimumAliasLength` (`会议`, `全会`).
    public var aliases: [String]
    /// `YYYY-MM-DD`, or `MM-DD` when the year is unknown.
    public var date: String?
    public var place: String?
    /// The series the meeting belongs to (`省政府2022年常务会议`), when numbered.
    public var series: String?
    public var article: ArticleRef?
    public var participants: [RoleRow]

    public init(meetingId: Int64, name: String, aliases: [String], date: String?, place: String?, series: String?,
                article: ArticleRef?, participants: [RoleRow]) {
        self.meetingId = meetingId
        self.name = name
        self.aliases = aliases
        self.date = date
        self.place = place
        self.series = series
        self.article = article
        self.participants = participants
    }

    /// The names with `role`, in print order.
    public func names(_ role: RelationKind) -> [String] {
        participants.filter { $0.role == role }.compactMap(\.participantName)
    }
}
