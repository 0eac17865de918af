/// A relation found in an article, with its evidence and the rule that made it.
///
/// `subject` is nil when the article itself is the subject (`reported_by`, `mentions`).
/// `ordinal` keeps print order (the third name of an attendee list has ordinal 2);
/// `date` is when the relation held (a post seen, a policy issued); `detail` carries extra
/// words the evidence printed (the organisation of a post, a figure such as `6.7亿元`).
public struct Relation: Hashable, Codable, Sendable {
    public var kind: RelationKind
    public var subject: EntityRef?
    public var object: EntityRef
    public var evidence: Span
    public var rule: String
    public var ordinal: Int?
    public var date: SimpleDate?
    public var detail: String?

    public init(kind: RelationKind, subject: EntityRef?, object: EntityRef, evidence: Span, rule: String,
                ordinal: Int? = nil, date: SimpleDate? = nil, detail: String? = nil) {
        self.kind = kind
        self.subject = subject
        self.object = object
        self.evidence = evidence
        self.rule = rule
        self.ordinal = ordinal
        self.date = date
        self.detail = detail
    }
}
