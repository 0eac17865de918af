/// A meeting or other event an article reports, with when, where and its aliases.
///
/// The people at it are `Relation`s (`presided`, `attended`, `spoke`, `reported`) whose object
/// is this meeting's `ref`.
public struct Meeting: Hashable, Codable, Sendable {
    /// As first named in the text (`省政府2022年第14次常务会议`).
    public var name: String
    /// Other names the article uses (`省委十一届十一次全会`).
    public var aliases: [String]
    public var date: SimpleDate?
    public var place: String?
    /// The series the meeting is one of (`省政府2022年常务会议`), when numbered.
    public var series: String?
    /// Whether this is the event the article reports (as opposed to one it only names).
    public var isMain: Bool
    public var span: Span
    public var rule: String
    /// Whose meeting it is: `national` (全国人大, 中央), a province or city its name gives
    /// (`吉林省第十三届人民代表大会…` → 吉林), or nil for the paper's province (`省委十一届十一次全会`).
    /// Part of the meeting's key, so a national and a provincial session of one number stay apart.
    public var jurisdiction: String?

    public init(name: String, aliases: [String] = [], date: SimpleDate? = nil, place: String? = nil,
                series: String? = nil, isMain: Bool, span: Span, rule: String) {
        self.name = name
        self.aliases = aliases
        self.date = date
        self.place = place
        self.series = series
        self.isMain = isMain
        self.span = span
        self.rule = rule
    }

    public var ref: EntityRef { EntityRef(.meeting, name) }
}
