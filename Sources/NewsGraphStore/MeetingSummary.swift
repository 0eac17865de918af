import NewsGraphModel

/// One meeting as `newsgraph meetings` lists them without a person: when, where, what kind, who.
public struct MeetingSummary: Equatable, Sendable {
    /// The qualified key (`meeting:…`).
    public var key: String
    public var name: String
    /// `YYYY-MM-DD`, or `MM-DD` when the year is unknown.
    public var date: String?
    public var place: String?
    /// `plenum`, `party-congress`, `executive`, `congress` for numbered meetings, else `meeting`.
    public var kind: String
    /// How many people have a role at it.
    public var people: Int
    /// How many articles name it.
    public var articles: Int

    public init(key: String, name: String, date: String?, place: String?, kind: String, people: Int, articles: Int) {
        self.key = key
        self.name = name
        self.date = date
        self.place = place
        self.kind = kind
        self.people = people
        self.articles = articles
    }

    /// The kind of a meeting called `name`.
    public static func kind(of name: String) -> String {
        let kind = MeetingNames.signature(name).kind
        return MeetingNames.numberedKinds.contains(kind) ? kind : "meeting"
    }
}
