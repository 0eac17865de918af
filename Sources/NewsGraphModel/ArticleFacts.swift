/// The facts of one article in the shared gold format (`gold-format.md`), one JSON line each.
///
/// `newsgraph facts` prints these; `newsgraph eval` reads a gold file of them and compares.
public struct ArticleFacts: Codable, Sendable, Equatable {
    public struct Person: Codable, Sendable, Equatable {
        public var name: String
        public var titles: [String]
        public init(name: String, titles: [String]) {
            self.name = name
            self.titles = titles
        }
    }

    public struct MeetingFacts: Codable, Sendable, Equatable {
        public var name: String
        public var aliases: [String]?
        public var date: String?
        public var place: String?
        public var presided: [String]
        public var spoke: [String]
        public var attended: [String]
        public var reported: [String]

        public init(name: String, aliases: [String]? = nil, date: String?, place: String?, presided: [String], spoke: [String],
                    attended: [String], reported: [String]) {
            self.name = name
            self.aliases = aliases
            self.date = date
            self.place = place
            self.presided = presided
            self.spoke = spoke
            self.attended = attended
            self.reported = reported
        }

        /// Everyone with a role, in role order.
        public var participants: [String] { presided + spoke + attended + reported }

        enum CodingKeys: String, CodingKey { case name, aliases, date, place, presided, spoke, attended, reported }

        /// Writes `date` and `place` as `null` when unknown, as the gold format does.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(aliases, forKey: .aliases)
            try c.encode(date, forKey: .date)
            try c.encode(place, forKey: .place)
            try c.encode(presided, forKey: .presided)
            try c.encode(spoke, forKey: .spoke)
            try c.encode(attended, forKey: .attended)
            try c.encode(reported, forKey: .reported)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases)
            date = try c.decodeIfPresent(String.self, forKey: .date)
            place = try c.decodeIfPresent(String.self, forKey: .place)
            presided = try c.decodeIfPresent([String].self, forKey: .presided) ?? []
            spoke = try c.decodeIfPresent([String].self, forKey: .spoke) ?? []
            attended = try c.decodeIfPresent([String].self, forKey: .attended) ?? []
            reported = try c.decodeIfPresent([String].self, forKey: .reported) ?? []
        }
    }

    public var id: String
    public var source: String
    public var issueDate: String?
    public var headline: String?
    public var text: String?
    public var persons: [Person]
    public var organizations: [String]
    public var meetings: [MeetingFacts]
    public var policies: [String]

    public init(id: String, source: String, issueDate: String?, headline: String?, text: String?, persons: [Person],
                organizations: [String], meetings: [MeetingFacts], policies: [String]) {
        self.id = id
        self.source = source
        self.issueDate = issueDate
        self.headline = headline
        self.text = text
        self.persons = persons
        self.organizations = organizations
        self.meetings = meetings
        self.policies = policies
    }

    enum CodingKeys: String, CodingKey {
        case id, source, issueDate = "issue_date", headline, text, persons, organizations, meetings, policies
    }

    /// Writes `issue_date` as `null` when unknown, as the gold format does.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(issueDate, forKey: .issueDate)
        try c.encodeIfPresent(headline, forKey: .headline)
        try c.encodeIfPresent(text, forKey: .text)
        try c.encode(persons, forKey: .persons)
        try c.encode(organizations, forKey: .organizations)
        try c.encode(meetings, forKey: .meetings)
        try c.encode(policies, forKey: .policies)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decode(String.self, forKey: .source)
        issueDate = try c.decodeIfPresent(String.self, forKey: .issueDate)
        headline = try c.decodeIfPresent(String.self, forKey: .headline)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        persons = try c.decodeIfPresent([Person].self, forKey: .persons) ?? []
        organizations = try c.decodeIfPresent([String].self, forKey: .organizations) ?? []
        meetings = try c.decodeIfPresent([MeetingFacts].self, forKey: .meetings) ?? []
        policies = try c.decodeIfPresent([String].self, forKey: .policies) ?? []
    }
}
